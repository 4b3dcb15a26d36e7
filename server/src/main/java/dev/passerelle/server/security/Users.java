package dev.passerelle.server.security;

import dev.passerelle.common.security.PasswordHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users allowed to call the endpoint, with their roles and salted password hashes (never the
 * passwords). Immutable and thread-safe. The users file holds one user per line,
 * {@code name:role[,role]:pbkdf2-sha256$...}; blank lines and lines starting with {@code #} are
 * ignored.
 */
public final class Users {

    private final Map<String, User> byName;
    // Successful checks are remembered as a salted SHA-256 digest (never the password) so that the
    // slow PBKDF2 runs once per password, not once per call.
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    private final byte[] digestSalt = PasswordHash.unmatchable(1).salt();
    // Checked for a name that is not a user's, so that refusing an unknown name costs what refusing a
    // known name's wrong password costs: the time of a refusal must not tell which names exist.
    private final PasswordHash noUser;

    private Users(Map<String, User> byName) {
        this.byName = Map.copyOf(byName);
        int iterations = byName.values().stream().mapToInt(user -> user.passwordHash().iterations())
                .max().orElse(PasswordHash.DEFAULT_ITERATIONS);
        this.noUser = PasswordHash.unmatchable(iterations);
    }

    /** One user: a name, the roles and the password hash. */
    public record User(String name, Set<Role> roles, PasswordHash passwordHash) {
        public User {
            if (name == null || name.isBlank() || name.contains(":")) {
                throw new IllegalArgumentException("a user name must be non-blank and without ':'");
            }
            roles = Set.copyOf(roles);
        }

        String line() {
            List<String> codes = roles.stream().sorted().map(Role::code).toList();
            return name + ":" + String.join(",", codes) + ":" + passwordHash.encoded();
        }
    }

    /** Reads a users file; a malformed line is refused with its line number. */
    public static Users load(Path usersFile) {
        List<String> lines;
        try {
            lines = Files.readAllLines(usersFile, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read users file " + usersFile, unreadable);
        }
        Builder builder = builder();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                builder.add(parse(line));
            } catch (RuntimeException malformed) {
                throw new IllegalArgumentException(usersFile + " line " + (index + 1) + ": " + malformed.getMessage(), malformed);
            }
        }
        return builder.build();
    }

    private static User parse(String line) {
        String[] parts = line.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected name:roles:hash");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : parts[1].split(",")) {
            roles.add(Role.of(code));
        }
        return new User(parts[0].strip(), roles, PasswordHash.parse(parts[2].strip()));
    }

    /** Writes the users file (the hashes only), replacing it. */
    public void save(Path usersFile) {
        List<String> lines = new ArrayList<>();
        lines.add("# Passerelle ERP endpoint users: name:roles:salted password hash. Edit with 'erp-server add-user'.");
        byName.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).forEach(user -> lines.add(user.line()));
        try {
            Files.write(usersFile, lines, StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write users file " + usersFile, unwritable);
        }
    }

    /**
     * The user when the name is known and the password matches; empty otherwise. An unknown name is
     * refused after checking the password against a hash of the same cost as the users' own, so that
     * it is refused no faster than a known name's wrong password.
     */
    public Optional<User> authenticate(String name, String password) {
        if (password == null) {
            return Optional.empty();
        }
        User user = name == null ? null : byName.get(name);
        if (user == null) {
            refuseAfterCheck(password);
            return Optional.empty();
        }
        String digest = digest(name, password);
        if (digest.equals(verified.get(name))) {
            return Optional.of(user);
        }
        if (!user.passwordHash().matches(password.toCharArray())) {
            return Optional.empty();
        }
        verified.put(name, digest);
        return Optional.of(user);
    }

    /**
     * Refuses a password after as much work as checking it against a user's hash, for a refusal decided
     * beforehand (a locked-out caller), so that it takes as long as any other refusal.
     */
    public void refuseAfterCheck(String password) {
        if (password != null) {
            noUser.matches(password.toCharArray());
        }
    }

    private String digest(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(digestSalt);
            sha.update((name + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", unavailable);
        }
    }

    public Optional<User> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** These users plus one, added or replacing a user of the same name. */
    public Users with(User user) {
        Map<String, User> copy = new LinkedHashMap<>(byName);
        copy.put(user.name(), user);
        return new Users(copy);
    }

    public int size() {
        return byName.size();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds users in code (tests, demo), hashing the given passwords. */
    public static final class Builder {
        private final Map<String, User> users = new LinkedHashMap<>();

        public Builder add(String name, String password, Role... roles) {
            Set<Role> set = EnumSet.noneOf(Role.class);
            set.addAll(List.of(roles));
            return add(new User(name, set, PasswordHash.of(password.toCharArray())));
        }

        public Builder add(User user) {
            if (users.putIfAbsent(user.name(), user) != null) {
                throw new IllegalArgumentException("user '" + user.name() + "' is defined twice");
            }
            return this;
        }

        public Users build() {
            return new Users(users);
        }
    }
}
