package dev.passerelle.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed bodies sent as raw HTTP: each gets a contract fault or HTTP 413, with no stack
 * trace, and the server answers the next request as before.
 */
class HostileXmlTest {

    private static final String SECURITY = RawSoap.security(TestServers.SYNC_USER, TestServers.SYNC_PASSWORD);

    private static ErpServer server;

    @TempDir
    static Path directory;

    @BeforeAll
    static void start() throws Exception {
        // The default size limit (16 MB), so that the XML limits are reached before it.
        server = ErpServer.start(TestServers.settings().build());
        Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void theServerStillAnswers() throws Exception {
        aValidRawRequestIsAnswered();
    }

    static HttpResponse<String> post(String body) throws Exception {
        return RawSoap.post(server, body);
    }

    static String envelope(String header, String body) {
        return RawSoap.envelope(header, body);
    }

    static Stream<Arguments> hostileBodies() {
        String secretUri = directory.resolve("secret.txt").toUri().toString();
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        laughs.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int level = 2; level <= 9; level++) {
            laughs.append("<!ENTITY lol").append(level).append(" \"");
            laughs.append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>").append(envelope(SECURITY, "<p:GetServiceInfo>&lol9;</p:GetServiceInfo>"));
        // Nested in the header, which is read before the body is validated: only the depth limit stops it.
        String deep = inHeader("<x:deep xmlns:x=\"urn:x\">" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</x:deep>");
        String millions = inHeader(("<x:g xmlns:x=\"urn:x\">" + "<a/>".repeat(1000) + "</x:g>").repeat(2000));
        StringBuilder attributes = new StringBuilder("<x:wide xmlns:x=\"urn:x\"");
        for (int index = 0; index < 100_000; index++) {
            attributes.append(" a").append(index).append("=\"\"");
        }
        String wide = inHeader(attributes.append("/>").toString());
        return Stream.of(
                Arguments.of("external entity (XXE)", "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY secret SYSTEM \"" + secretUri
                        + "\">]>" + envelope(SECURITY, "<p:GetChanges><p:entity>&secret;</p:entity></p:GetChanges>")),
                Arguments.of("entity expansion (billion laughs)", laughs.toString()),
                Arguments.of("100,000 nested elements", deep),
                Arguments.of("2,000,000 elements", millions),
                Arguments.of("100,000 attributes on one element", wide),
                Arguments.of("a text over the text limit", envelope(SECURITY, "<p:GetServiceInfo/><!-- " + "x".repeat(200_000) + " -->")),
                Arguments.of("an empty body", envelope(SECURITY, "")),
                Arguments.of("malformed XML", envelope(SECURITY, "<p:GetServiceInfo><unclosed></p:GetServiceInfo>")),
                Arguments.of("schema-invalid request", envelope(SECURITY,
                        "<p:GetChanges><p:entity>NOT_AN_ENTITY</p:entity><p:pageSize>ten</p:pageSize></p:GetChanges>")));
    }

    // Headers are read whole before the body is validated: only the parser's limits stop what is in them.
    private static String inHeader(String element) {
        return envelope(SECURITY.replace("</soap:Header>", element + "</soap:Header>"), "<p:GetServiceInfo/>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void aHostileOrInvalidBodyGetsAnInvalidRequestFaultWithoutStackTrace(String kind, String body) throws Exception {
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("InvalidRequestFault", "correlationId", ":Client</faultcode>")
                .doesNotContain("TOP-SECRET-CONTENT", "\tat ", "Exception", "lollollol");
    }

    @Test
    void aSoapActionOfNoOperationGetsAnInvalidRequestFault() throws Exception {
        HttpResponse<String> response = RawSoap.post(server, envelope(SECURITY, "<p:GetServiceInfo/>"), "urn:passerelle:erp:v1:NoSuchOperation");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("InvalidRequestFault", ":Client</faultcode>", "NoSuchOperation")
                .doesNotContain("InternalErrorFault");
    }

    @Test
    void aSoapActionOfAnotherOperationGetsAnInvalidRequestFault() throws Exception {
        HttpResponse<String> response = RawSoap.post(server, envelope(SECURITY, "<p:GetServiceInfo/>"), "urn:passerelle:erp:v1:ApplyChanges");

        assertThat(response.body()).contains("InvalidRequestFault", ":Client</faultcode>").doesNotContain("InternalErrorFault");
    }

    @Test
    void aBodyDeclaringAHundredMegabytesGetsHttp413BeforeItIsSent() throws Exception {
        String answer = RawSoap.declareBody(server, 100L * 1024 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 413 ").contains("Correlation id: ").doesNotContain("\tat ");
    }

    @Test
    void aHundredMegabyteChunkedBodyGetsHttp413() throws Exception {
        String padding = "<x:pad xmlns:x=\"urn:x\">" + "x".repeat(1000) + "</x:pad>";
        String head = RawSoap.envelope(SECURITY, "").replace("</soap:Header><soap:Body></soap:Body></soap:Envelope>", "");

        HttpResponse<String> response = RawSoap.postChunked(server, head, padding, 100L * 1024 * 1024 / padding.length(),
                "</soap:Header><soap:Body><p:GetServiceInfo/></soap:Body></soap:Envelope>");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("InvalidRequestFault", ":Client</faultcode>").doesNotContain("\tat ");
    }

    @Test
    void aValidRawRequestIsAnswered() throws Exception {
        HttpResponse<String> response = post(envelope(SECURITY, "<p:GetServiceInfo/>"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("GetServiceInfoResponse", "contractVersion>1.0</");
    }
}
