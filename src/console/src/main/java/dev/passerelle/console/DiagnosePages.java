package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.cli.CrmSyncCommand;
import dev.passerelle.client.cli.ExitCodes;
import dev.passerelle.client.diagnose.Finding;
import dev.passerelle.client.diagnose.FindingKind;
import dev.passerelle.client.run.RunMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Diagnose: every finding with its fix as a button. The button runs the very command diagnose prints
 * (shown beside it), through the command line's own classes on the console's engine, as the user
 * logged in: the same action and the same permission checks as typed in a shell with {@code --user}.
 * Only a command that is the fix (or the other way) of a finding standing now is run; a run goes to the
 * background like "sync now".
 */
final class DiagnosePages {

    static final int PAGE = 20;

    private final CrmEngine engine;
    private final Jobs jobs;

    DiagnosePages(CrmEngine engine, Jobs jobs) {
        this.engine = engine;
        this.jobs = jobs;
    }

    void list(Exchange exchange, Matcher path) {
        String kind = exchange.param("kind");
        if (kind != null && Arrays.stream(FindingKind.values()).noneMatch(known -> known.name().equals(kind))) {
            throw ConsoleException.badRequest("no finding kind '" + kind + "'");
        }
        int offset = exchange.number("offset", 0);
        Paged.check(offset, PAGE, PAGE);
        List<Finding> all = engine.diagnostics().findings().stream()
                .filter(finding -> kind == null || finding.kind().name().equals(kind)).toList();
        List<Finding> shown = all.subList(Math.min(offset, all.size()), Math.min(offset + PAGE, all.size()));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("kind", kind);
        exchange.render("diagnose.jte", new Views.DiagnosePage(exchange.frame("Diagnose", "diagnose"),
                Arrays.stream(FindingKind.values()).map(Enum::name).toList(), kind, shown,
                Views.Pager.of("/diagnose", filters, new Paged<>(shown, all.size(), offset, PAGE))));
    }

    void fix(Exchange exchange, Matcher path) {
        String command = exchange.required("command");
        boolean standing = engine.diagnostics().findings().stream()
                .anyMatch(finding -> command.equals(finding.fix()) || command.equals(finding.alternative()));
        if (!standing) {
            throw ConsoleException.badRequest("'" + command + "' is not the fix of a finding standing now (fixed meanwhile?)");
        }
        List<String> words = List.of(command.split("\\s+"));
        if (!words.get(0).equals("crm-sync")) {
            throw ConsoleException.badRequest("not a crm-sync command: " + command);
        }
        List<String> args = words.subList(1, words.size());
        if (args.get(0).equals("run")) {
            String integration = integrationOf(args);
            Jobs.Job job = jobs.start(exchange.login(), integration, RunMode.DELTA);
            exchange.redirect("/", new Views.Flash(true, "run of '" + integration + "' started (job " + job.id() + ")", command));
            return;
        }
        CrmSyncCommand.Outcome outcome = CrmSyncCommand.executeWith(engine, exchange.login(), args);
        boolean ok = outcome.exitCode() == ExitCodes.OK || outcome.exitCode() == ExitCodes.WARNING;
        String said = (outcome.out() + outcome.err()).strip();
        exchange.redirect(exchange.back("/diagnose"), new Views.Flash(ok, said.isEmpty() ? "exit code " + outcome.exitCode() : said,
                command));
    }

    private String integrationOf(List<String> args) {
        int at = Math.max(args.indexOf("--integration"), args.indexOf("-i"));
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1)
                : Objects.requireNonNull(engine.settings().integrations().keySet().iterator().next());
    }
}
