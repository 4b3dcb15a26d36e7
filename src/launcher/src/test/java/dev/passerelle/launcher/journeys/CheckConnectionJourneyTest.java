package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator sets up an integration and types {@code crm-sync check-connection} before the
 * first run, with the exit codes the README gives it: 0 when the ERP is reached and the user may
 * synchronise (what it reached, how long a round trip takes); 4 when the ERP refuses the credentials
 * or the user's role; 2 when the ERP cannot be reached or does not answer in time. Each failure says
 * what to fix, on a line of its own, and following it makes the check pass again where the fix is on
 * the CRM side. A disconnected integration exits 6 without calling the ERP, and the command it prints
 * reconnects it.
 */
class CheckConnectionJourneyTest {

    private static final String SERVICE_INFO_CALLS =
            "passerelle_erp_calls_seconds_count{operation=\"GetServiceInfo\",outcome=\"success\"}";

    @TempDir
    Path folder;

    @Test
    void aReachableErpIsDescribedWithItsRoundTripAndTheUserIsReady() {
        try (Journey journey = Journey.start(folder, 3)) {
            Journey.Result check = journey.crmSync("check-connection");

            assertThat(check.exit()).as(check.all()).isZero();
            assertThat(check.out()).contains("integration 'main': " + journey.erp.endpointUrl() + " as " + Journey.USER)
                    .containsPattern("reached: contract \\d+\\.\\d+")
                    .containsPattern("round trip: [0-9.]+ ms at best, [0-9.]+ ms median, over 5 calls")
                    .containsPattern("limits: pages of \\d+ records, batches of \\d+")
                    .contains("user '" + Journey.USER + "' may synchronise: ready")
                    .doesNotContain("fix:");
        }
    }

    @Test
    void refusedCredentialsExitFourNameTheKeysToFixAndTheFixedPasswordPasses() {
        try (Journey journey = Journey.start(folder, 3)) {
            journey.configure("integration.main.erp.password=not-the-password");

            Journey.Result check = journey.crmSync("check-connection");

            assertThat(check.exit()).as(check.all()).isEqualTo(4);
            assertThat(check.out()).contains("refused: ERP refused the credentials")
                    .contains("fix: check integration.main.erp.user ('" + Journey.USER + "') and its password,"
                            + " integration.main.erp.password or PASSERELLE_INTEGRATION_MAIN_ERP_PASSWORD")
                    .doesNotContain("not-the-password");
            journey.configure("integration.main.erp.password=" + Journey.PASSWORD);
            Journey.Result fixed = journey.crmSync("check-connection");
            assertThat(fixed.exit()).as(fixed.all()).isZero();
        }
    }

    @Test
    void aUserWithoutTheSyncRoleExitsFourAndIsToldTheRoleItNeeds() {
        try (Journey journey = Journey.start(folder, 3)) {
            journey.configure("integration.main.erp.user=" + Journey.RTDV_USER);

            Journey.Result check = journey.crmSync("check-connection");

            assertThat(check.exit()).as(check.all()).isEqualTo(4);
            assertThat(check.out()).as("it reached the ERP before the role was refused").contains("reached: contract")
                    .contains("refused: ERP role does not allow this")
                    .contains("fix: the ERP user '" + Journey.RTDV_USER + "' needs the role sync: on the ERP side,"
                            + " erp-server add-user --users FILE --role sync " + Journey.RTDV_USER)
                    .doesNotContain("may synchronise");
        }
    }

    @Test
    void anErpThatIsDownExitsTwoNamesTheUrlToCheckAndTheRightUrlPasses() throws IOException {
        try (Journey journey = Journey.start(folder, 3)) {
            String down = "http://127.0.0.1:" + closedPort() + "/passerelle/v1";
            journey.configure("integration.main.erp.url=" + down);

            Journey.Result check = journey.crmSync("check-connection");

            assertThat(check.exit()).as(check.all()).isEqualTo(2);
            assertThat(check.out()).contains("not reached: ERP call failed on the way")
                    .contains("fix: check integration.main.erp.url (" + down + ") and that the ERP endpoint runs there:"
                            + " its WSDL answers at " + down + "?wsdl");
            journey.configure("integration.main.erp.url=" + journey.erp.endpointUrl());
            Journey.Result fixed = journey.crmSync("check-connection");
            assertThat(fixed.exit()).as(fixed.all()).isZero();
        }
    }

    @Test
    void anErpThatDoesNotAnswerInTimeExitsTwoAfterEveryAllowedCallAndNamesTheTimeOut() throws IOException {
        try (Journey journey = Journey.start(folder, 3); Silent silent = new Silent()) {
            journey.configure("integration.main.erp.url=http://127.0.0.1:" + silent.port() + "/passerelle/v1",
                    "integration.main.timeout=500ms", "integration.main.retry-attempts=3");

            Journey.Result check = journey.crmSync("check-connection");

            assertThat(check.exit()).as(check.all()).isEqualTo(2);
            assertThat(check.out()).contains("not reached: ERP did not answer in time")
                    .contains("fix: the ERP did not answer within integration.main.timeout (500 ms, 3 calls):"
                            + " check the endpoint's load and its database, or raise integration.main.timeout");
            assertThat(silent.connections()).as("one connection per call the configuration allows").isEqualTo(3);
        }
    }

    @Test
    void aDisconnectedIntegrationExitsSixWithoutCallingTheErpUntilReconnected() {
        try (Journey journey = Journey.start(folder, 3)) {
            assertThat(journey.crmSync("disconnect", "--reason", "clôture").exit()).isZero();
            double calls = journey.erpMetric(SERVICE_INFO_CALLS);

            Journey.Result check = journey.crmSync("check-connection");

            assertThat(check.exit()).as(check.all()).isEqualTo(6);
            assertThat(check.all()).contains("crm-sync reconnect");
            assertThat(journey.erpMetric(SERVICE_INFO_CALLS)).as("no call to the ERP").isEqualTo(calls);
            for (String fix : Journey.printedCommands(check.all())) {
                assertThat(journey.typed(fix).exit()).as(fix).isZero();
            }
            Journey.Result reconnected = journey.crmSync("check-connection");
            assertThat(reconnected.exit()).as(reconnected.all()).isZero();
        }
    }

    /** A port nothing listens on (taken, then freed). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** An endpoint that takes every connection and never answers: an ERP hung behind its port. */
    private static final class Silent implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> held = new CopyOnWriteArrayList<>();
        private final Thread acceptor = new Thread(this::holdEveryConnection, "silent-erp");

        Silent() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return held.size();
        }

        private void holdEveryConnection() {
            try {
                while (!server.isClosed()) {
                    held.add(server.accept());
                }
            } catch (IOException closed) {
                // the journey is over
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
