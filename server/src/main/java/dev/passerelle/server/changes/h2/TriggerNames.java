package dev.passerelle.server.changes.h2;

import java.util.Locale;

/** The table a trigger belongs to, from its name {@code trg_<table><suffix>}. */
final class TriggerNames {

    private TriggerNames() {
    }

    static String table(String triggerName, String suffix) {
        String name = triggerName.toLowerCase(Locale.ROOT);
        if (!name.startsWith("trg_") || !name.endsWith(suffix)) {
            throw new IllegalArgumentException("trigger " + triggerName + " is not named trg_<table>" + suffix);
        }
        return name.substring(4, name.length() - suffix.length());
    }
}
