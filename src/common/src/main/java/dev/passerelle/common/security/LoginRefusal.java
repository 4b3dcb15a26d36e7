package dev.passerelle.common.security;

import java.time.Duration;

/**
 * Why an authentication was refused, for the log only (the caller is only ever told that it
 * could not be authenticated), and how long the answer is to be held back. Immutable.
 *
 * @param user the user name the caller gave
 * @param reason what went wrong, in words for the operator
 * @param delay how long the answer is held back
 * @param locksOut whether this refusal started a lock-out
 */
public record LoginRefusal(String user, String reason, Duration delay, boolean locksOut) {
}
