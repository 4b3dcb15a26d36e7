package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.Action;
import dev.passerelle.client.users.CrmUser;
import dev.passerelle.common.security.Passwords;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crm-sync users}: CRM users, the actions denied to them (checked when they act with
 * {@code --user}) and their link to an ERP representative. An unknown login or action exits 4.
 */
@Command(name = "users", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "CRM users: list, add, set a console password, deny or allow an action, link to an ERP representative.",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.Deny.class,
                UsersCommand.Allow.class, UsersCommand.LinkRepresentative.class})
public class UsersCommand implements Callable<Integer> {

    static final String ACTIONS = "Actions: create-account, unlink, link, relink, disconnect, refresh-revenue, resync.";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** {@code crm-sync users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the CRM users, their representative and the actions denied to them.")
    static class ListUsers extends EngineCommand {
        @Mixin
        FormatOption output = new FormatOption();

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            Table table = new Table("login", "name", "representative", "denied");
            for (CrmUser user : engine.users().list()) {
                table.row(user.login(), user.displayName(), user.representativeKey() == null ? ""
                                : user.representativeKey() + " (" + user.representativeIntegration() + ")",
                        user.denied().stream().sorted().map(Action::label).collect(Collectors.joining(", ")));
            }
            table.print(out, output.format());
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync users add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a CRM user, allowed everything until an action is denied.")
    static class Add extends EngineCommand {
        @Parameters(index = "0", paramLabel = "LOGIN", description = "The login, as given to --user.")
        String login;

        @Option(names = "--name", paramLabel = "TEXT", description = "Display name (default: the login).")
        String name;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            engine.users().add(login, name);
            out.println("user '" + login + "' added");
            return ExitCodes.OK;
        }
    }

    /** {@code crm-sync users passwd}. */
    @Command(name = "passwd", mixinStandardHelpOptions = true, description = {
            "Sets the password the user logs in to the web console with (crm-sync console). Asks for it without echo,",
            "or reads the first line of standard input when piped; only a salted hash is stored."})
    static class Passwd extends EngineCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            char[] password = Passwords.read("Password for '" + login + "': ");
            try {
                engine.users().setPassword(login, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            out.println("password of user '" + login + "' set");
            return ExitCodes.OK;
        }
    }

    /** A user's permission for one action: deny or allow share their arguments and their answer. */
    abstract static class PermissionCommand extends EngineCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Parameters(index = "1", paramLabel = "ACTION")
        String action;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            Action parsed = Action.parse(action);
            out.println("user '" + login + "' " + apply(engine, parsed) + " " + parsed.label());
            return ExitCodes.OK;
        }

        /** Changes the permission; answers "may" or "may not". */
        abstract String apply(CrmEngine engine, Action parsed);
    }

    /** {@code crm-sync users deny}. */
    @Command(name = "deny", mixinStandardHelpOptions = true,
            description = {"Denies an action to a user: commands run with --user LOGIN then exit 4 and write nothing.", ACTIONS})
    static class Deny extends PermissionCommand {
        @Override
        String apply(CrmEngine engine, Action parsed) {
            engine.users().deny(login, parsed);
            return "may not";
        }
    }

    /** {@code crm-sync users allow}. */
    @Command(name = "allow", mixinStandardHelpOptions = true,
            description = {"Allows a denied action again.", ACTIONS})
    static class Allow extends PermissionCommand {
        @Override
        String apply(CrmEngine engine, Action parsed) {
            engine.users().allow(login, parsed);
            return "may";
        }
    }

    /** {@code crm-sync users link-representative}. */
    @Command(name = "link-representative", mixinStandardHelpOptions = true, description = {
            "Links a user to an ERP representative of the integration: the company's account manager and the",
            "account's representative then follow each other (integration.<name>.manager-follows-representative and",
            "integration.<name>.representative-follows-manager)."})
    static class LinkRepresentative extends EngineCommand {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        @Option(names = "--representative", required = true, paramLabel = "KEY", description = "The ERP representative's record key.")
        String representative;

        @Override
        protected int run(CrmEngine engine, String integration, PrintWriter out) {
            engine.users().linkRepresentative(login, integration, representative);
            out.println("user '" + login + "' linked to representative " + representative + " of '" + integration + "'");
            return ExitCodes.OK;
        }
    }
}
