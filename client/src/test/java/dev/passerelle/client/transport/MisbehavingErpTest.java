package dev.passerelle.client.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.passerelle.contract.v1.EntityType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real SOAP transport against an ERP that misbehaves (WireMock on a free port). */
class MisbehavingErpTest {

    private static final String PATH = "/passerelle/v1";
    private static final String ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>%s</soap:Body></soap:Envelope>";
    private static final String SERVICE_INFO = String.format(ENVELOPE, "<p:GetServiceInfoResponse xmlns:p=\"urn:passerelle:erp:v1\">"
            + "<p:contractVersion>1.0</p:contractVersion><p:erpProduct>Test ERP</p:erpProduct><p:companyName>ACME</p:companyName>"
            + "<p:serverTime>2026-01-01T00:00:00Z</p:serverTime><p:maxPageSize>1000</p:maxPageSize><p:maxBatchSize>500</p:maxBatchSize>"
            + "<p:tombstoneRetentionHours>24</p:tombstoneRetentionHours><p:maintenance>false</p:maintenance>"
            + "<p:supportedEntity><p:entity>ACCOUNT</p:entity><p:direction>BOTH_WAYS</p:direction></p:supportedEntity>"
            + "</p:GetServiceInfoResponse>");

    private static final String EMPTY_PAGE = String.format(ENVELOPE, "<p:GetChangesResponse xmlns:p=\"urn:passerelle:erp:v1\">"
            + "<p:entity>ACCOUNT</p:entity><p:snapshot>true</p:snapshot><p:nextToken>t-1</p:nextToken><p:more>false</p:more>"
            + "</p:GetChangesResponse>");

    private final List<Duration> waits = new ArrayList<>();
    private WireMockServer erp;

    @BeforeEach
    void start() {
        erp = new WireMockServer(options().dynamicPort());
        erp.start();
    }

    @AfterEach
    void stop() {
        erp.stop();
    }

    private SoapErpTransport transport(Duration timeout) {
        Backoff backoff = new Backoff(3, Duration.ofMillis(100), Duration.ofSeconds(5), waits::add);
        return SoapErpTransport.connect("http://localhost:" + erp.port() + PATH, "sync", "secret", timeout, backoff);
    }

    private static String fault(String detail) {
        return String.format(ENVELOPE, "<soap:Fault><faultcode>soap:Server</faultcode><faultstring>refused</faultstring>"
                + "<detail>" + detail + "</detail></soap:Fault>");
    }

    @Test
    void unavailableFaultIsRetriedAfterTheDelayTheErpAsksFor() {
        String unavailable = fault("<p:UnavailableFault xmlns:p=\"urn:passerelle:erp:v1\"><p:message>maintenance</p:message>"
                + "<p:correlationId>c-1</p:correlationId><p:retryAfterSeconds>2</p:retryAfterSeconds></p:UnavailableFault>");
        erp.stubFor(post(urlEqualTo(PATH)).inScenario("maintenance").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml").withBody(unavailable))
                .willSetStateTo("back"));
        erp.stubFor(post(urlEqualTo(PATH)).inScenario("maintenance").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(EMPTY_PAGE)));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThat(transport.changes(EntityType.ACCOUNT, null, 100).getNextToken()).isEqualTo("t-1");
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        erp.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void unavailableUntilAttemptsRunOutSurfacesAsUnavailable() {
        String unavailable = fault("<p:UnavailableFault xmlns:p=\"urn:passerelle:erp:v1\"><p:message>maintenance</p:message>"
                + "<p:correlationId>c-2</p:correlationId><p:retryAfterSeconds>0</p:retryAfterSeconds></p:UnavailableFault>");
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                .withBody(unavailable)));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> transport.changes(EntityType.ACCOUNT, null, 100))
                    .isInstanceOf(ErpException.Unavailable.class);
        }
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        erp.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void slowAnswerIsATimeoutAndIsRetried() {
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFixedDelay(1_500).withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody(SERVICE_INFO)));

        try (SoapErpTransport transport = transport(Duration.ofMillis(300))) {
            assertThatThrownBy(transport::serviceInfo).isInstanceOf(ErpException.Timeout.class);
        }
        erp.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void httpErrorWithoutSoapFaultIsAFailureAndIsNotRetried() {
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway</body></html>")));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThatThrownBy(transport::serviceInfo).isInstanceOf(ErpException.Failure.class);
        }
        erp.verify(1, postRequestedFor(urlEqualTo(PATH)));
        assertThat(waits).isEmpty();
    }

    @Test
    void garbledBodyIsAFailureAndIsNotRetried() {
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Bo")));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThatThrownBy(transport::serviceInfo).isInstanceOf(ErpException.Failure.class);
        }
        erp.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void internalErrorFaultCarriesTheCorrelationId() {
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                .withBody(fault("<p:InternalErrorFault xmlns:p=\"urn:passerelle:erp:v1\"><p:message>boom</p:message>"
                        + "<p:correlationId>corr-42</p:correlationId></p:InternalErrorFault>"))));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThatThrownBy(transport::serviceInfo).isInstanceOf(ErpException.Failure.class)
                    .hasMessageContaining("corr-42");
        }
    }

    @Test
    void requestsCarryTheUsernameTokenButNeverLogThePassword() {
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody(SERVICE_INFO)));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            transport.serviceInfo();
        }
        erp.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(WireMock.containing("UsernameToken"))
                .withRequestBody(WireMock.containing(">sync<")));
    }
}
