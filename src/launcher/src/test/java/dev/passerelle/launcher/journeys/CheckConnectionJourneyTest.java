package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator sets up an integration and types {@code crm-sync check-connection} before the
 * first run: it says what it reached (contract, ERP product, company), how long a round trip takes
 * and whether the user may synchronise (exit 0); refused credentials exit 4 and an ERP that cannot be
 * reached exits 2, each saying so.
 */
class CheckConnectionJourneyTest {

    @TempDir
    Path folder;

    @Test
    void aReachableErpIsDescribedWithItsRoundTripAndTheUserIsReady() {
        try (Journey journey = Journey.start(folder, 3)) {
            Journey.Result check = journey.crmSync("check-connection");

            assertThat(check.exit()).as(check.all()).isZero();
            assertThat(check.out()).contains("integration 'main': " + journey.erp.endpointUrl())
                    .containsPattern("reached: contract \\d+\\.\\d+")
                    .containsPattern("round trip: [0-9.]+ ms at best, [0-9.]+ ms median, over \\d+ calls")
                    .contains("may synchronise: ready");
        }
    }

    @Test
    void refusedCredentialsExitFourAndSaySo() {
        try (Journey journey = Journey.start(folder, 3)) {
            journey.configure("integration.main.erp.password=not-the-password");

            Journey.Result check = journey.crmSync("check-connection");

            assertThat(check.exit()).as(check.all()).isEqualTo(4);
            assertThat(check.out()).contains("refused: ").doesNotContain("not-the-password");
        }
    }

    @Test
    void anErpThatCannotBeReachedExitsTwoAndSaysSo() throws IOException {
        try (Journey journey = Journey.start(folder, 3)) {
            journey.configure("integration.main.erp.url=http://127.0.0.1:" + closedPort() + "/passerelle/erp");

            Journey.Result check = journey.crmSync("check-connection");

            assertThat(check.exit()).as(check.all()).isEqualTo(2);
            assertThat(check.out()).contains("not reached: ");
        }
    }

    /** A port nothing listens on (taken, then freed). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
