package dev.passerelle.server.cli;

import dev.passerelle.common.security.PasswordHash;
import dev.passerelle.common.security.Passwords;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code erp-server add-user}: adds or replaces a user in a users file, storing only a salted hash. */
@Command(name = "add-user", mixinStandardHelpOptions = true,
        description = "Adds (or replaces) a user in the users file; the password is read from the console or standard input.")
final class AddUserCommand implements Callable<Integer> {

    @Option(names = "--users", paramLabel = "FILE", description = "Users file to create or update (default data/erp/users.txt).")
    Path usersFile = ErpServerCommand.DEFAULT_USERS_FILE;

    @Option(names = "--role", paramLabel = "ROLE", split = ",", required = true, description = "sync and/or rtdv.")
    List<String> roles;

    @Parameters(paramLabel = "NAME", description = "The user name.")
    String name;

    @Override
    public Integer call() throws Exception {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        try {
            roles.forEach(role -> parsed.add(Role.of(role)));
        } catch (IllegalArgumentException unknown) {
            System.err.println("add-user: " + unknown.getMessage());
            return 2;
        }
        char[] password = Passwords.read("Password for " + name + ": ");
        if (password.length == 0) {
            System.err.println("add-user: the password must not be empty");
            return 2;
        }
        Users users = Files.isRegularFile(usersFile) ? Users.load(usersFile) : Users.builder().build();
        if (usersFile.toAbsolutePath().getParent() != null) {
            Files.createDirectories(usersFile.toAbsolutePath().getParent());
        }
        users.with(new Users.User(name, parsed, PasswordHash.of(password))).save(usersFile);
        System.out.println("user " + name + " saved in " + usersFile);
        return 0;
    }
}
