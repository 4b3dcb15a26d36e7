package dev.passerelle.console;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The message each session shows once, after a form: the outcome of what it asked. Thread-safe. */
final class Flashes {

    private final Map<String, Views.Flash> bySession = new ConcurrentHashMap<>();

    void put(String sessionId, Views.Flash flash) {
        bySession.put(sessionId, flash);
    }

    Views.Flash take(String sessionId) {
        return bySession.remove(sessionId);
    }

    void forget(String sessionId) {
        bySession.remove(sessionId);
    }
}
