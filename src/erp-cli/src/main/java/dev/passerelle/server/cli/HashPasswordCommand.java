package dev.passerelle.server.cli;

import dev.passerelle.common.security.PasswordHash;
import dev.passerelle.common.security.Passwords;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code erp-server hash-password}: prints the salted hash of a password, for a users file edited by hand. */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = "Prints the salted hash of a password read from the console or standard input.")
final class HashPasswordCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        char[] password = Passwords.read("Password: ");
        if (password.length == 0) {
            System.err.println("hash-password: the password must not be empty");
            return 2;
        }
        System.out.println(PasswordHash.of(password).encoded());
        return 0;
    }
}
