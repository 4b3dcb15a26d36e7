package dev.passerelle.common.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash, stored as
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}. Immutable; the password itself is
 * never kept. The ERP endpoint's users and the CRM console's users are hashed alike.
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {

    private static final String SCHEME = "pbkdf2-sha256";
    /** The iterations of every hash this class makes. */
    public static final int DEFAULT_ITERATIONS = 120_000;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Hashes a password with a fresh random salt. */
    public static PasswordHash of(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(DEFAULT_ITERATIONS, salt, derive(password, salt, DEFAULT_ITERATIONS));
    }

    /**
     * A hash that no password matches (a random salt and a random value), which costs as much to check
     * as a real hash of the same iterations: checked in place of a real one when there is none to check,
     * so that the refusal takes as long.
     */
    public static PasswordHash unmatchable(int iterations) {
        byte[] salt = new byte[16];
        byte[] value = new byte[HASH_BITS / 8];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(value);
        return new PasswordHash(iterations, salt, value);
    }

    /** Reads the stored form; rejects anything that is not a hash of this scheme. */
    public static PasswordHash parse(String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME + " password hash");
        }
        Base64.Decoder decoder = Base64.getDecoder();
        return new PasswordHash(Integer.parseInt(parts[1]), decoder.decode(parts[2]), decoder.decode(parts[3]));
    }

    /** True when the password hashes to this value; takes the same time whatever the mismatch. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    public String encoded() {
        Base64.Encoder encoder = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(hash);
    }

    @Override
    public String toString() {
        return "PasswordHash[" + SCHEME + "]";
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JVM", unavailable);
        } finally {
            spec.clearPassword();
        }
    }
}
