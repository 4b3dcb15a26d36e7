package dev.passerelle.server.security;

import dev.passerelle.common.security.FailedLogins;
import dev.passerelle.common.security.LoginLimits;
import dev.passerelle.common.security.LoginRefusal;
import java.time.Clock;
import java.util.Optional;

/**
 * Authenticates a user name and password sent from a client address, against {@link Users}, with
 * failed attempts slowed down and locked out as {@link LoginLimits} say. Every refusal looks the same
 * to the caller and costs the same work: an unknown name, a wrong password and a lock-out each check
 * one password hash of the users' cost, so neither the answer nor its time tells which it was.
 * Thread-safe.
 */
public final class Logins {

    private final Users users;
    private final LoginLimits limits;
    private final FailedLogins failures;

    public Logins(Users users, LoginLimits limits, Clock clock) {
        this.users = users;
        this.limits = limits;
        this.failures = new FailedLogins(limits, clock);
    }

    /**
     * Empty when the name and password are right and neither the name nor the address is locked out;
     * otherwise why not, for the log, and how long to hold the answer back.
     */
    public Optional<LoginRefusal> refusalOf(String name, String password, String address) {
        Optional<FailedLogins.LockOut> lockOut = failures.lockOut(name, address);
        if (lockOut.isPresent()) {
            // The password is not checked (a right one must not be told apart), but the work is done.
            users.refuseAfterCheck(password);
            return Optional.of(new LoginRefusal(name, lockOut.get().reason(), limits.lockedOutDelay(), false));
        }
        if (users.authenticate(name, password).isPresent()) {
            failures.succeeded(name);
            return Optional.empty();
        }
        return Optional.of(failures.failed(name, address));
    }
}
