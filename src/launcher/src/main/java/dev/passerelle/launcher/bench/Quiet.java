package dev.passerelle.launcher.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The benchmark prints its own table; the components' INFO lines would drown it and cost time. */
final class Quiet {

    private Quiet() {
    }

    static void components() {
        for (String name : new String[] {Logger.ROOT_LOGGER_NAME, "dev.passerelle", "org.apache.cxf", "org.flywaydb"}) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
    }
}
