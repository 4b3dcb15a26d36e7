package dev.passerelle.client.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.passerelle.contract.v1.EntityType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

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
    void proxyAnswering503WithRetryAfterIsRetriedAfterTheDelayItAsks() {
        erp.stubFor(post(urlEqualTo(PATH)).inScenario("proxy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3")
                        .withHeader("Content-Type", "text/html").withBody("<html><body>Service Unavailable</body></html>"))
                .willSetStateTo("back"));
        erp.stubFor(post(urlEqualTo(PATH)).inScenario("proxy").whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(SERVICE_INFO)));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThat(transport.serviceInfo().getCompanyName()).isEqualTo("ACME");
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        erp.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void httpClientErrorWithoutSoapFaultIsAFailureAndIsNotRetried() {
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Not Found</body></html>")));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThatThrownBy(transport::serviceInfo).isInstanceOf(ErpException.Failure.class)
                    .hasMessageContaining("HTTP 404");
        }
        erp.verify(1, postRequestedFor(urlEqualTo(PATH)));
        assertThat(waits).isEmpty();
    }

    @Test
    void truncatedAnswerIsRetriedUntilTheAttemptsRunOut() {
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Bo")));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThatThrownBy(transport::serviceInfo).isInstanceOf(ErpException.Transient.class);
        }
        erp.verify(3, postRequestedFor(urlEqualTo(PATH)));
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @ParameterizedTest(name = "{0} once, then a good answer: the call succeeds on its second attempt")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "MALFORMED_RESPONSE_CHUNK",
            "RANDOM_DATA_THEN_CLOSE"})
    void aNetworkFaultIsRetried(Fault fault) {
        erp.stubFor(post(urlEqualTo(PATH)).inScenario("network").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(fault)).willSetStateTo("mended"));
        erp.stubFor(post(urlEqualTo(PATH)).inScenario("network").whenScenarioStateIs("mended")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(SERVICE_INFO)));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThat(transport.serviceInfo().getCompanyName()).isEqualTo("ACME");
        }
        // The JDK's HTTP client sends a request again by itself after some of these faults, before the backoff.
        erp.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(waits).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void internalErrorFaultIsRetriedAndCarriesTheCorrelationId() {
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                .withBody(fault("<p:InternalErrorFault xmlns:p=\"urn:passerelle:erp:v1\"><p:message>boom</p:message>"
                        + "<p:correlationId>corr-42</p:correlationId></p:InternalErrorFault>"))));

        try (SoapErpTransport transport = transport(Duration.ofSeconds(5))) {
            assertThatThrownBy(transport::serviceInfo).isInstanceOf(ErpException.Transient.class)
                    .hasMessageContaining("corr-42");
        }
        erp.verify(3, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void requestsCarryTheUsernameTokenButNeverLogThePassword() {
        erp.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody(SERVICE_INFO)));
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.setContext(logging);
        logged.start();
        // Every logger of the client's side of a call, at every level, into the list only.
        List<Logger> loggers = Stream.of("dev.passerelle", "org.apache.cxf", "org.apache.wss4j", "org.apache.xml")
                .map(logging::getLogger).toList();
        Map<Logger, Level> levels = new HashMap<>();
        loggers.forEach(logger -> {
            levels.put(logger, logger.getLevel());
            logger.setLevel(Level.ALL);
            logger.setAdditive(false);
            logger.addAppender(logged);
        });
        try (SoapErpTransport transport = SoapErpTransport.connect("http://localhost:" + erp.port() + PATH, "sync",
                "never-in-a-log", Duration.ofSeconds(5), new Backoff(1, Duration.ZERO, Duration.ZERO, waits::add))) {
            transport.serviceInfo();
        } finally {
            loggers.forEach(logger -> {
                logger.detachAppender(logged);
                logger.setAdditive(true);
                logger.setLevel(levels.get(logger));
            });
        }
        List<ILoggingEvent> events;
        synchronized (logged) {
            events = List.copyOf(logged.list);
        }

        erp.verify(postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(WireMock.containing("UsernameToken"))
                .withRequestBody(WireMock.containing(">never-in-a-log<")));
        assertThat(events).as("everything logged at every level during the call").isNotEmpty()
                .noneSatisfy(event -> assertThat(event.getFormattedMessage()).contains("never-in-a-log"));
    }
}
