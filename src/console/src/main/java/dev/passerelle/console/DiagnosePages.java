package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.diagnose.Finding;
import dev.passerelle.client.diagnose.FindingKind;
import dev.passerelle.client.run.RunMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
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
        FindingKind kind = kind(exchange);
        Paged<Finding> page = engine.diagnostics().page(kind, exchange.number("offset", 0), PAGE);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("kind", kind == null ? null : kind.name());
        exchange.render("diagnose.jte", new Views.DiagnosePage(exchange.frame("Diagnose", "diagnose"),
                Arrays.stream(FindingKind.values()).map(Enum::name).toList(), filters.get("kind"), page.rows(),
                Views.Pager.of("/diagnose", filters, page)));
    }

    void fix(Exchange exchange, Matcher path) {
        String command = exchange.required("command");
        if (!standing(command, kind(exchange), exchange.number("offset", 0))) {
            throw ConsoleException.badRequest("'" + command + "' is not the fix of a finding standing now (fixed meanwhile?)");
        }
        List<String> args = CommandLines.arguments(command);
        if (args.get(0).equals("run")) {
            String integration = integrationOf(args);
            Jobs.Job job = jobs.start(exchange.login(), integration, RunMode.DELTA);
            exchange.redirect("/", new Views.Flash(true, "run of '" + integration + "' started (job " + job.id() + ")", command));
            return;
        }
        exchange.redirect(exchange.back("/diagnose"), CommandLines.run(engine, exchange.login(), command));
    }

    /**
     * Whether the command is the fix (or the other way) of a finding standing now: looked for on the
     * page the form was on, then, when that page has changed since, in every finding.
     */
    private boolean standing(String command, FindingKind kind, int offset) {
        Predicate<Finding> fixedBy = finding -> command.equals(finding.fix()) || command.equals(finding.alternative());
        return engine.diagnostics().page(kind, Math.max(0, offset), PAGE).rows().stream().anyMatch(fixedBy)
                || engine.diagnostics().findings().stream().anyMatch(fixedBy);
    }

    private static FindingKind kind(Exchange exchange) {
        String kind = exchange.param("kind");
        return kind == null ? null : Arrays.stream(FindingKind.values()).filter(known -> known.name().equals(kind)).findFirst()
                .orElseThrow(() -> ConsoleException.badRequest("no finding kind '" + kind + "'"));
    }

    private String integrationOf(List<String> args) {
        int at = Math.max(args.indexOf("--integration"), args.indexOf("-i"));
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1)
                : Objects.requireNonNull(engine.settings().integrations().keySet().iterator().next());
    }
}
