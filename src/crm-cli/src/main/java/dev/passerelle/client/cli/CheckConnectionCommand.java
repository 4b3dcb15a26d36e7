package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.connection.ConnectionAdvice;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code crm-sync check-connection}: the connection diagnostic. Reaches the integration's ERP endpoint
 * with its credentials, reads what the ERP says of itself, checks that the user may synchronise (one
 * change page of the company settings, which writes nothing), and measures the round trip.
 */
@Command(name = "check-connection", mixinStandardHelpOptions = true, description = {
        "Reaches the ERP endpoint with the integration's credentials: contract version, ERP product and company,",
        "maintenance, the user's right to synchronise, the round-trip time and the clocks' difference. Writes nothing.",
        "Exit code 0 ready, 1 reachable but in maintenance, 2 not reached or failed, 4 credentials or role refused,",
        "6 the integration is disconnected (crm-sync reconnect)."})
public class CheckConnectionCommand extends EngineCommand {

    private static final int ROUND_TRIPS = 5;

    @Override
    protected int run(CrmEngine engine, String integration, PrintWriter out) {
        IntegrationSettings settings = engine.settings().integration(integration);
        ErpTransport erp = engine.transport(integration);
        out.println("integration '" + integration + "': " + settings.erpUrl() + " as " + settings.erpUser());
        List<Long> micros = new ArrayList<>();
        GetServiceInfoResponse info = null;
        try {
            for (int call = 0; call < ROUND_TRIPS; call++) {
                long started = System.nanoTime();
                info = erp.serviceInfo();
                micros.add((System.nanoTime() - started) / 1_000);
            }
            out.println("  reached: contract " + info.getContractVersion() + ", " + info.getErpProduct() + ", company '"
                    + info.getCompanyName() + "'");
            Collections.sort(micros);
            out.printf("  round trip: %.1f ms at best, %.1f ms median, over %d calls%n", micros.get(0) / 1000.0,
                    micros.get(micros.size() / 2) / 1000.0, micros.size());
            Duration skew = Duration.between(OffsetDateTime.now(), info.getServerTime());
            out.println("  ERP clock: " + info.getServerTime() + " (" + Math.abs(skew.toSeconds()) + " s "
                    + (skew.isNegative() ? "behind" : "ahead of") + " this machine)");
            out.println("  limits: pages of " + info.getMaxPageSize() + " records, batches of " + info.getMaxBatchSize()
                    + ", deletes kept " + info.getTombstoneRetentionHours() + " h");
            if (info.isMaintenance()) {
                out.println("  the ERP is in maintenance: runs wait and end with a warning until it is over");
                return ExitCodes.WARNING;
            }
            erp.changes(EntityType.COMPANY_SETTINGS, null, 1);
            out.println("  user '" + settings.erpUser() + "' may synchronise: ready");
            return ExitCodes.OK;
        } catch (ErpException.Refused refused) {
            out.println("  refused: " + refused.getMessage());
            out.println("  fix: " + ConnectionAdvice.after(refused, settings));
            return ExitCodes.BAD_REQUEST;
        } catch (ErpException failed) {
            out.println("  not reached: " + failed.getMessage());
            out.println("  fix: " + ConnectionAdvice.after(failed, settings));
            return ExitCodes.FAILURE;
        }
    }
}
