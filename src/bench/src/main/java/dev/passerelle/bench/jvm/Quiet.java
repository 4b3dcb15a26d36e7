package dev.passerelle.bench.jvm;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the commands that print their own table (the benchmark, the kill suite): the INFO lines of the
 * components they run in this JVM would drown it and cost time.
 */
public final class Quiet {

    private Quiet() {
    }

    public static void components() {
        for (String name : new String[] {Logger.ROOT_LOGGER_NAME, "dev.passerelle", "org.apache.cxf"}) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
        // As the product's own logging has it: Flyway's one warning says the H2 version is newer than it verified.
        ((Logger) LoggerFactory.getLogger("org.flywaydb")).setLevel(Level.ERROR);
    }
}
