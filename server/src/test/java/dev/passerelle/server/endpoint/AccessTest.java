package dev.passerelle.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.contract.v1.AuthenticationFault;
import dev.passerelle.contract.v1.AuthorisationFault;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.UnavailableFault;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may call what: authentication, roles and maintenance, through the generated client. */
class AccessTest {

    private static ErpServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    interface Call {
        Object on(PasserellePortType port) throws Exception;
    }

    private static final Call SERVICE_INFO = port -> port.getServiceInfo(new GetServiceInfo());
    private static final Call GET_CHANGES = port -> {
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.REPRESENTATIVE);
        return port.getChanges(request);
    };
    private static final Call APPLY_CHANGES = port -> port.applyChanges(
            dev.passerelle.server.apply.TestBatches.oneContact());

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("unknown user", "nobody", "whatever", SERVICE_INFO, AuthenticationFault.class),
                Arguments.of("wrong password", TestServers.SYNC_USER, "wrong", GET_CHANGES, AuthenticationFault.class),
                Arguments.of("rtdv role on GetChanges", TestServers.RTDV_USER, TestServers.RTDV_PASSWORD, GET_CHANGES,
                        AuthorisationFault.class),
                Arguments.of("rtdv role on ApplyChanges", TestServers.RTDV_USER, TestServers.RTDV_PASSWORD, APPLY_CHANGES,
                        AuthorisationFault.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aCallerWithoutTheRightCredentialsOrRoleIsRefusedWithTheContractFault(String caseName, String user, String password,
            Call call, Class<? extends Exception> fault) {
        PasserellePortType port = TestServers.client(server, user, password);

        assertThatThrownBy(() -> call.on(port)).isInstanceOf(fault).hasMessageNotContaining("Exception");
    }

    private static GetSolvency solvency() {
        GetSolvency request = new GetSolvency();
        request.setAccountKey("1");
        return request;
    }

    static Stream<Arguments> rawRefusals() {
        return Stream.of(
                Arguments.of("no WS-Security header", ""),
                Arguments.of("empty password", RawSoap.security(TestServers.SYNC_USER, "")),
                Arguments.of("digest password", RawSoap.security(TestServers.SYNC_USER, TestServers.SYNC_PASSWORD)
                        .replace("#PasswordText", "#PasswordDigest")),
                Arguments.of("wrong password", RawSoap.security(TestServers.SYNC_USER, "guess")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rawRefusals")
    void aRequestWithoutValidUsernameTokenGetsTheAuthenticationFault(String caseName, String header) throws Exception {
        HttpResponse<String> response = RawSoap.post(server, RawSoap.envelope(header, "<p:GetServiceInfo/>"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("AuthenticationFault", "correlationId").doesNotContain("\tat ", "Exception");
    }

    static Stream<Arguments> faultCodes() {
        String sync = RawSoap.security(TestServers.SYNC_USER, TestServers.SYNC_PASSWORD);
        String rtdv = RawSoap.security(TestServers.RTDV_USER, TestServers.RTDV_PASSWORD);
        return Stream.of(
                Arguments.of("AuthenticationFault", "soap:Client", "", "<p:GetServiceInfo/>"),
                Arguments.of("AuthorisationFault", "soap:Client", rtdv, "<p:GetChanges><p:entity>ACCOUNT</p:entity></p:GetChanges>"),
                Arguments.of("UnknownRecordFault", "soap:Client", sync, "<p:GetSolvency><p:accountKey>999999</p:accountKey></p:GetSolvency>"),
                Arguments.of("ExpiredTokenFault", "soap:Client", sync,
                        "<p:GetChanges><p:entity>ACCOUNT</p:entity><p:token>forged</p:token></p:GetChanges>"),
                Arguments.of("InvalidRequestFault", "soap:Client", sync,
                        "<p:GetChanges><p:entity>ACCOUNT</p:entity><p:pageSize>100000</p:pageSize></p:GetChanges>"));
    }

    @ParameterizedTest(name = "{0} has fault code {1}")
    @MethodSource("faultCodes")
    void faultsAboutTheRequestHaveTheClientFaultCode(String fault, String code, String header, String body) throws Exception {
        HttpResponse<String> response = RawSoap.post(server, RawSoap.envelope(header, body));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains(fault).containsPattern("<faultcode>[a-zA-Z0-9]+:Client</faultcode>");
    }

    @Test
    void maintenanceHasTheServerFaultCode() throws Exception {
        server.setMaintenance(true);
        try {
            HttpResponse<String> response = RawSoap.post(server, RawSoap.envelope(
                    RawSoap.security(TestServers.SYNC_USER, TestServers.SYNC_PASSWORD),
                    "<p:GetChanges><p:entity>ACCOUNT</p:entity></p:GetChanges>"));
            assertThat(response.body()).contains("UnavailableFault").containsPattern("<faultcode>[a-zA-Z0-9]+:Server</faultcode>");
        } finally {
            server.setMaintenance(false);
        }
    }

    @Test
    void theAuthorisationFaultNamesTheOperationAndTheRoleItNeeds() {
        PasserellePortType port = TestServers.client(server, TestServers.RTDV_USER, TestServers.RTDV_PASSWORD);

        assertThatThrownBy(() -> GET_CHANGES.on(port)).isInstanceOfSatisfying(AuthorisationFault.class, fault -> {
            assertThat(fault.getFaultInfo().getOperation()).isEqualTo("GetChanges");
            assertThat(fault.getFaultInfo().getRequiredRole()).isEqualTo("sync");
            assertThat(fault.getFaultInfo().getCorrelationId()).isNotBlank();
        });
    }

    @Test
    void theRtdvRoleMayAskForTheServiceInfo() throws Exception {
        PasserellePortType port = TestServers.client(server, TestServers.RTDV_USER, TestServers.RTDV_PASSWORD);

        assertThat(port.getServiceInfo(new GetServiceInfo()).getCallerRole()).containsExactly("rtdv");
    }

    @Test
    void maintenanceAnswersUnavailableWithRetryAfterExceptForServiceInfo() throws Exception {
        PasserellePortType port = TestServers.syncClient(server);
        server.setMaintenance(true);
        try {
            assertThatThrownBy(() -> GET_CHANGES.on(port)).isInstanceOfSatisfying(UnavailableFault.class,
                    fault -> assertThat(fault.getFaultInfo().getRetryAfterSeconds()).isEqualTo(60));
            assertThatThrownBy(() -> APPLY_CHANGES.on(port)).isInstanceOf(UnavailableFault.class);
            assertThatThrownBy(() -> port.getSolvency(solvency())).isInstanceOf(UnavailableFault.class);
            assertThat(port.getServiceInfo(new GetServiceInfo()).isMaintenance()).isTrue();
        } finally {
            server.setMaintenance(false);
        }
        assertThat(GET_CHANGES.on(port)).isNotNull();
    }
}
