package dev.passerelle.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Every log event of the JVM while open, with CXF's, Jetty's and Passerelle's loggers at INFO (as
 * verbose as production or more), so that a test can count the lines a request writes whoever writes
 * them. Restores the levels when closed.
 */
public final class CapturedLog implements AutoCloseable {

    private static final List<String> RAISED = List.of("org.apache.cxf", "org.eclipse.jetty", "org.apache.wss4j",
            "dev.passerelle", "dev.passerelle.server.endpoint.FaultLog");

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<Logger, Level> levels = new LinkedHashMap<>();
    private final Map<Logger, Boolean> additivity = new LinkedHashMap<>();

    private CapturedLog() {
        for (String name : RAISED) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.put(logger, logger.getLevel());
            additivity.put(logger, logger.isAdditive());
            logger.setLevel(Level.INFO);
            logger.setAdditive(true);
        }
        appender.start();
        root.addAppender(appender);
    }

    public static CapturedLog start() {
        return new CapturedLog();
    }

    /** The events so far, in order. */
    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    /** Forgets the events so far. */
    public void clear() {
        synchronized (appender) {
            appender.list.clear();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        levels.forEach(Logger::setLevel);
        additivity.forEach(Logger::setAdditive);
    }
}
