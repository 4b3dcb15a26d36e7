package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.cli.CrmSyncCommand;
import dev.passerelle.client.cli.ExitCodes;
import java.util.List;

/**
 * Runs a {@code crm-sync} command line on the console's engine, as the user logged in, through the
 * command line's own classes: the same action, permission checks and messages as the command typed in
 * a shell with {@code --user}. Stateless.
 */
final class CommandLines {

    private CommandLines() {
    }

    /** The words after {@code crm-sync}; a typed refusal for any other program. */
    static List<String> arguments(String command) {
        List<String> words = List.of(command.strip().split("\\s+"));
        if (words.size() < 2 || !words.get(0).equals("crm-sync")) {
            throw ConsoleException.badRequest("not a crm-sync command: " + command);
        }
        return words.subList(1, words.size());
    }

    /** Runs the command and answers what it said, as the message of the next page, with the command itself. */
    static Views.Flash run(CrmEngine engine, String login, String command) {
        CrmSyncCommand.Outcome outcome = CrmSyncCommand.executeWith(engine, login, arguments(command));
        boolean ok = outcome.exitCode() == ExitCodes.OK || outcome.exitCode() == ExitCodes.WARNING;
        String said = (outcome.out() + outcome.err()).strip();
        return new Views.Flash(ok, said.isEmpty() ? "exit code " + outcome.exitCode() : said, command);
    }
}
