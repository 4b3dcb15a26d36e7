package dev.passerelle.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.passerelle.common.security.LoginLimits;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.InternalErrorFault;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.CapturedLog;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.Eventually;
import dev.passerelle.server.TestServers;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the log says of a refused request: one line, whoever would write it (CXF, Jetty, WSS4J and
 * Passerelle are all listened to at INFO), without stack trace, naming the correlation id the caller
 * got, the operation and caller when known, the client address and the reason. An internal error
 * keeps its stack trace, logged once.
 */
class RefusalLogTest {

    private static final String SYNC = RawSoap.security(TestServers.SYNC_USER, TestServers.SYNC_PASSWORD);
    private static final String RTDV = RawSoap.security(TestServers.RTDV_USER, TestServers.RTDV_PASSWORD);
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    private static ErpServer server;
    private CapturedLog log;

    @BeforeAll
    static void start() {
        // Short delays, so that refused logins do not slow the test; no lock-out within its few failures.
        server = ErpServer.start(TestServers.settings().maxRequestBytes(MAX_REQUEST_BYTES)
                .loginLimits(new LoginLimits(1000, 1000, Duration.ofMinutes(5), Duration.ofMillis(1), Duration.ofMillis(2)))
                .build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void listen() {
        log = CapturedLog.start();
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("wrong password", RawSoap.envelope(RawSoap.security(TestServers.SYNC_USER, "guess"), "<p:GetServiceInfo/>"),
                        List.of("AuthenticationFault"), List.of("caller=crm", "reason=wrong user name or password (answer held back")),
                Arguments.of("unknown user", RawSoap.envelope(RawSoap.security("nobody", "guess"), "<p:GetServiceInfo/>"),
                        List.of("AuthenticationFault"), List.of("caller=nobody", "reason=wrong user name or password")),
                Arguments.of("no UsernameToken", RawSoap.envelope("", "<p:GetServiceInfo/>"),
                        List.of("AuthenticationFault"), List.of("caller=-", "reason=no UsernameToken")),
                Arguments.of("role", RawSoap.envelope(RTDV, "<p:GetChanges><p:entity>ACCOUNT</p:entity></p:GetChanges>"),
                        List.of("AuthorisationFault"), List.of("operation=GetChanges", "caller=viewer", "may not call GetChanges")),
                Arguments.of("schema-invalid request", RawSoap.envelope(SYNC, "<p:GetChanges><p:entity>NONE</p:entity></p:GetChanges>"),
                        List.of("InvalidRequestFault"), List.of("caller=crm", "not a valid message of the contract")),
                Arguments.of("hostile XML", "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + RawSoap.envelope(SYNC, "<p:GetServiceInfo>&x;</p:GetServiceInfo>"),
                        List.of("InvalidRequestFault"), List.of("not a valid message of the contract")),
                Arguments.of("page too large", RawSoap.envelope(SYNC,
                        "<p:GetChanges><p:entity>ACCOUNT</p:entity><p:pageSize>100000</p:pageSize></p:GetChanges>"),
                        List.of("InvalidRequestFault"), List.of("operation=GetChanges", "caller=crm")),
                Arguments.of("unknown record", RawSoap.envelope(SYNC, "<p:GetSolvency><p:accountKey>999999</p:accountKey></p:GetSolvency>"),
                        List.of("UnknownRecordFault"), List.of("operation=GetSolvency", "caller=crm")),
                Arguments.of("expired token", RawSoap.envelope(SYNC,
                        "<p:GetChanges><p:entity>ACCOUNT</p:entity><p:token>forged</p:token></p:GetChanges>"),
                        List.of("ExpiredTokenFault"), List.of("operation=GetChanges", "caller=crm")),
                Arguments.of("empty body", RawSoap.envelope(SYNC, ""),
                        List.of("InvalidRequestFault"), List.of("caller=crm", "names no operation")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedRequestWritesOneLineWithoutStackTrace(String kind, String body, List<String> answered, List<String> logged)
            throws Exception {
        HttpResponse<String> response = RawSoap.post(server, body);

        assertThat(response.body()).contains(answered);
        assertOneLine(response, Level.INFO, logged);
    }

    @Test
    void aSoapActionOfNoOperationWritesOneLine() throws Exception {
        HttpResponse<String> response = RawSoap.post(server, RawSoap.envelope(SYNC, "<p:GetServiceInfo/>"), "urn:passerelle:erp:v1:Nothing");

        assertOneLine(response, Level.INFO, List.of("caller=crm", "SOAPAction"));
    }

    @Test
    void maintenanceWritesOneLinePerRefusal() throws Exception {
        server.setMaintenance(true);
        try {
            log.clear();
            HttpResponse<String> response = RawSoap.post(server, RawSoap.envelope(SYNC,
                    "<p:GetChanges><p:entity>ACCOUNT</p:entity></p:GetChanges>"));

            assertThat(response.body()).contains("UnavailableFault");
            assertOneLine(response, Level.INFO, List.of("operation=GetChanges", "caller=crm", "maintenance"));
        } finally {
            server.setMaintenance(false);
        }
    }

    @Test
    void aBodyDeclaredOverTheLimitWritesOneLine() throws Exception {
        String answer = RawSoap.declareBody(server, 2 * MAX_REQUEST_BYTES);

        assertThat(answer).startsWith("HTTP/1.1 413 ");
        assertOneLine(answer, Level.INFO, List.of("larger than the " + MAX_REQUEST_BYTES + " bytes", "declared"));
    }

    @Test
    void aChunkedBodyOverTheLimitWritesOneLine() throws Exception {
        String unit = "<x:pad xmlns:x=\"urn:x\">" + "x".repeat(1000) + "</x:pad>";
        String head = "<soap:Envelope xmlns:soap=\"" + RawSoap.SOAP_NS + "\"><soap:Header>";

        HttpResponse<String> response = RawSoap.postChunked(server, head, unit, 2 * MAX_REQUEST_BYTES / unit.length(),
                "</soap:Header><soap:Body/></soap:Envelope>");

        assertThat(response.statusCode()).isEqualTo(413);
        // An attempt whose answer a connection reset overtook was logged too: the answered one is the last.
        List<ILoggingEvent> events = log.events();
        assertThat(events.get(events.size() - 1).getFormattedMessage())
                .contains("correlationId=" + RawSoap.correlationId(response.body()), "larger than the " + MAX_REQUEST_BYTES + " bytes");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage()).startsWith("refused:").contains("larger than the");
        });
    }

    @Test
    void aUserNameCannotWriteALineOfItsOwn() throws Exception {
        String forged = "crm&#10;12:00:00.000 INFO  [main] - forged line";

        HttpResponse<String> response = RawSoap.post(server, RawSoap.envelope(RawSoap.security(forged, "guess"), "<p:GetServiceInfo/>"));

        assertOneLine(response, Level.INFO, List.of("caller=crm 12:00:00.000 INFO  [main] - forged line"));
    }

    @Test
    void manyWrongPasswordsWriteOneLineEach() throws Exception {
        String wrong = RawSoap.envelope(RawSoap.security(TestServers.SYNC_USER, "guess"), "<p:GetServiceInfo/>");
        for (int attempt = 0; attempt < 20; attempt++) {
            RawSoap.post(server, wrong);
        }

        assertThat(log.events()).hasSize(20).allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
    }

    @Test
    void aCallerThatHangsUpBeforeItsAnswerIsLoggedAsGoneNotAsAnInternalError() throws Exception {
        long horizon = TestServers.syncClient(server).getServiceInfo(new GetServiceInfo()).getChangeHorizon();
        log.clear();
        Socket caller = RawSoap.sendAndHold(server, RawSoap.envelope(SYNC, "<p:WaitForChanges><p:knownHorizon>" + horizon
                + "</p:knownHorizon><p:waitSeconds>1</p:waitSeconds></p:WaitForChanges>"));
        Eventually.until(() -> server.heldWaits() == 1, "the wait held");
        // a reset, not a polite close: the answer written a moment later meets a connection that is gone
        caller.setSoLinger(true, 0);
        caller.close();

        Eventually.until(() -> !log.events().isEmpty(), "a line logged once the wait ends");
        assertThat(log.events()).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).startsWith("caller gone before its answer:")
                    .contains("operation=WaitForChanges", "caller=crm");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    @Test
    void anInternalErrorWritesOneLineWithItsStackTraceAndTheCorrelationIdTheCallerGot() {
        GetSolvency request = new GetSolvency();
        request.setAccountKey("1");
        // A real-time query whose table has gone away fails inside the endpoint.
        server.database().jdbi().useHandle(handle -> handle.execute("ALTER TABLE setting_value RENAME TO setting_value_away"));
        try {
            PasserellePortType port = TestServers.syncClient(server);
            log.clear();
            assertThatThrownBy(() -> port.getSolvency(request))
                    .isInstanceOfSatisfying(InternalErrorFault.class, fault -> {
                        String id = fault.getFaultInfo().getCorrelationId();
                        assertThat(fault.getFaultInfo().getMessage()).contains(id).doesNotContain("Exception", "\tat ");
                        assertThat(log.events()).singleElement().satisfies(event -> {
                            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                            assertThat(event.getFormattedMessage()).contains("correlationId=" + id, "operation=GetSolvency", "caller=crm");
                            assertThat(event.getThrowableProxy()).isNotNull();
                        });
                    });
        } finally {
            server.database().jdbi().useHandle(handle -> handle.execute("ALTER TABLE setting_value_away RENAME TO setting_value"));
        }
    }

    private void assertOneLine(HttpResponse<String> response, Level level, List<String> expected) {
        assertOneLine(response.body(), level, expected);
    }

    private void assertOneLine(String answer, Level level, List<String> expected) {
        String correlationId = RawSoap.correlationId(answer);
        List<ILoggingEvent> events = log.events();
        assertThat(events).as("log events").singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(level);
            assertThat(event.getThrowableProxy()).as("stack trace").isNull();
            assertThat(event.getFormattedMessage()).contains("correlationId=" + correlationId, "address=127.0.0.1")
                    .contains(expected).doesNotContain("\n", "\r");
        });
    }
}
