package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.EngineException;
import dev.passerelle.client.IntegrationSettings;
import dev.passerelle.client.ProgressListener;
import dev.passerelle.client.RunReport;
import dev.passerelle.client.WatchSchedule;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crm-sync watch}: the scheduler. */
@Command(name = "watch", mixinStandardHelpOptions = true, description = {
        "Runs every N minutes (integration.<name>.interval, default 60m) and, when integration.<name>.full-resync-at",
        "is set (HH:mm), a full re-sync ERP -> CRM once a day at that time. Stops on Ctrl-C.",
        "If another process is running the integration, the turn is skipped and retried at the next one."})
public class WatchCommand extends EngineCommand {

    @Option(names = "--max-runs", paramLabel = "N", description = "Stop after N runs (default: never).")
    Integer maxRuns;

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        IntegrationSettings options = engine.settings().integration(integration);
        Clock clock = Clock.systemDefaultZone();
        WatchSchedule schedule = new WatchSchedule(clock, options.interval(), options.fullResyncAt(), ZoneId.systemDefault());
        out.printf("watching '%s': every %d min%s%n", integration, options.interval().toMinutes(),
                options.fullResyncAt().map(time -> ", full re-sync daily at " + time).orElse(""));
        out.flush();
        int runs = 0;
        int lastCode = ExitCodes.OK;
        while (maxRuns == null || runs < maxRuns) {
            WatchSchedule.Next next = schedule.next();
            sleepUntil(clock, next);
            schedule.ran(next.mode());
            runs++;
            try {
                RunReport report = engine.run(user(), integration, next.mode(), ProgressListener.NONE);
                out.printf("%s run %d %s: %s in %d ms (in %d, out %d)%n", clock.instant(), report.runId(), report.mode(),
                        report.status(), report.duration().toMillis(), report.total(dev.passerelle.client.Direction.ERP_TO_CRM),
                        report.total(dev.passerelle.client.Direction.CRM_TO_ERP));
                report.errors().forEach(error -> out.println("  error: " + error));
                lastCode = exitCode(report);
            } catch (EngineException.Busy busy) {
                out.println(clock.instant() + " skipped: " + busy.getMessage());
                lastCode = ExitCodes.BUSY;
            }
            out.flush();
        }
        return lastCode;
    }

    private static void sleepUntil(Clock clock, WatchSchedule.Next next) {
        Duration wait = Duration.between(clock.instant(), next.at());
        if (!wait.isNegative() && !wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new EngineException("interrupted");
            }
        }
    }
}
