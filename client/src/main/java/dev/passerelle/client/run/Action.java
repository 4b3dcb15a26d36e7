package dev.passerelle.client.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Actions that can be denied to a CRM user; the engine checks before acting. */
public enum Action {
    CREATE_ACCOUNT,
    UNLINK,
    LINK,
    RELINK,
    DISCONNECT,
    REFRESH_REVENUE,
    RESYNC;

    /** The name people type: lower case with dashes, as the commands ({@code create-account}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@code create-account}, {@code CREATE_ACCOUNT} and the like; a typed error listing the actions otherwise. */
    public static Action parse(String text) {
        String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(action -> action.name().equals(name)).findFirst()
                .orElseThrow(() -> new EngineException.BadRequest("unknown action '" + text + "' (one of: "
                        + Arrays.stream(values()).map(Action::label).collect(Collectors.joining(", ")) + ")"));
    }
}
