package dev.passerelle.common.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a password without echo from the console, or as the first line of standard input when piped. */
public final class Passwords {

    private Passwords() {
    }

    public static char[] read(String prompt) {
        Console console = System.console();
        if (console != null) {
            char[] password = console.readPassword(prompt);
            return password == null ? new char[0] : password;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the password", unreadable);
        }
    }
}
