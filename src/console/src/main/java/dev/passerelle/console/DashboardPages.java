package dev.passerelle.console;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.admin.RunHistory;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.ErpLinkState;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunReport;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** The dashboard: each integration, its last runs, its ERP link; sync now, resync, resend, disconnect, reconnect. */
final class DashboardPages {

    /** Runs shown per integration on the dashboard; the runs page lists them all. */
    private static final int RUNS_SHOWN = 5;

    private final CrmEngine engine;
    private final Jobs jobs;
    private final Clock clock;

    DashboardPages(CrmEngine engine, Jobs jobs, Clock clock) {
        this.engine = engine;
        this.jobs = jobs;
        this.clock = clock;
    }

    void dashboard(Exchange exchange, Matcher path) {
        List<Views.IntegrationCard> cards = new ArrayList<>();
        for (IntegrationSettings integration : engine.settings().integrations().values()) {
            RunHistory history = engine.history();
            List<Views.RunLine> runs = lines(history, history.page(integration.name(), null, 0, RUNS_SHOWN).rows());
            cards.add(new Views.IntegrationCard(integration.name(), integration.erpUrl(), engine.status(integration.name()), runs,
                    nextRun(integration, runs), jobs.latest(integration.name()).orElse(null)));
        }
        exchange.render("dashboard.jte", new Views.Dashboard(exchange.frame("Dashboard", "dashboard"), cards));
    }

    /** Rows of runs with their counts each way. */
    static List<Views.RunLine> lines(RunHistory history, List<RunHistory.RunRow> runs) {
        List<Views.RunLine> lines = new ArrayList<>();
        for (RunHistory.RunRow run : runs) {
            List<RunReport.Count> counts = history.counts(run.id());
            lines.add(new Views.RunLine(run, RunReport.total(counts, Direction.ERP_TO_CRM), RunReport.total(counts, Direction.CRM_TO_ERP)));
        }
        return lines;
    }

    /** When {@code crm-sync watch} runs the integration next, from its last run and its interval (times in UTC). */
    private String nextRun(IntegrationSettings integration, List<Views.RunLine> runs) {
        String every = "every " + minutes(integration.interval().toMinutes()) + " under crm-sync watch";
        String full = integration.fullResyncAt().map(at -> "; full resync daily at " + at).orElse("");
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        if (runs.isEmpty()) {
            return "at once when crm-sync watch starts (" + every + ")" + full;
        }
        try {
            LocalDateTime last = LocalDateTime.parse(runs.get(0).run().startedAt().replace(' ', 'T'));
            LocalDateTime next = last.plus(integration.interval());
            String when = next.isBefore(now) ? "due now" : next.withNano(0).toString().replace('T', ' ') + " UTC";
            return when + " (" + every + ")" + full;
        } catch (DateTimeParseException unreadable) {
            return every + full;
        }
    }

    private static String minutes(long minutes) {
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }

    /** A fragment: what the ERP says of itself now (reached, company, maintenance), or why it was not asked. */
    void erpCheck(Exchange exchange, Matcher path) {
        String integration = integration(path);
        ErpLinkState link = engine.erpLinks().state(integration);
        Views.ErpCheck check;
        if (!link.connected()) {
            check = new Views.ErpCheck(integration, false, null, null, false, "not asked: " + link.describe());
        } else {
            try {
                GetServiceInfoResponse info = engine.transport(integration).serviceInfo();
                check = new Views.ErpCheck(integration, true, info.getCompanyName(), info.getErpProduct(), info.isMaintenance(),
                        null);
            } catch (ErpException failed) {
                check = new Views.ErpCheck(integration, false, null, null, false, "not reached: " + failed.getMessage());
            } catch (EngineException.Disconnected disconnected) {
                check = new Views.ErpCheck(integration, false, null, null, false, "not asked: " + disconnected.getMessage());
            }
        }
        exchange.render("erp.jte", check);
    }

    void run(Exchange exchange, Matcher path) {
        String integration = integration(path);
        RunMode mode = mode(exchange.required("mode"));
        Jobs.Job job = jobs.start(exchange.login(), integration, mode);
        exchange.redirect("/", new Views.Flash(true, mode.describe() + " of '" + integration + "' started (job " + job.id() + ")",
                null));
    }

    /** A fragment: a job's progress, polled while it runs. */
    void job(Exchange exchange, Matcher path) {
        long id = Long.parseLong(path.group(1));
        Jobs.Job job = jobs.job(id).orElseThrow(() -> ConsoleException.notFound("no job " + id + " (jobs are kept while the console runs)"));
        exchange.render("job.jte", job);
    }

    void disconnect(Exchange exchange, Matcher path) {
        String integration = integration(path);
        ErpLinkState state = engine.erpLinks().disconnect(exchange.login(), integration, exchange.param("reason"));
        exchange.redirect("/", new Views.Flash(true, "integration '" + integration + "' " + state.describe(), null));
    }

    void reconnect(Exchange exchange, Matcher path) {
        String integration = integration(path);
        ErpLinkState state = engine.erpLinks().reconnect(exchange.login(), integration);
        exchange.redirect("/", new Views.Flash(true, "integration '" + integration + "' " + state.describe(), null));
    }

    private String integration(Matcher path) {
        String name = path.group(1);
        if (!engine.settings().integrations().containsKey(name)) {
            throw ConsoleException.notFound("no integration '" + name + "'");
        }
        return name;
    }

    private static RunMode mode(String text) {
        try {
            return RunMode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ConsoleException.badRequest("no run mode '" + text + "'");
        }
    }
}
