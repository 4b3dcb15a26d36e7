package dev.passerelle.client.config;

/** When one side's value (account manager, representative) follows the other: always, only when empty, never. */
public enum FollowMode {
    ALWAYS,
    WHEN_EMPTY,
    NEVER;

    /** Whether a current value should be replaced by the followed one. */
    public boolean replaces(String current, String followed) {
        return switch (this) {
            case ALWAYS -> followed != null && !followed.equals(current);
            case WHEN_EMPTY -> followed != null && (current == null || current.isBlank());
            case NEVER -> false;
        };
    }
}
