package dev.passerelle.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and malformed bodies sent as raw HTTP: each gets a contract fault, quickly, with no stack trace. */
class HostileXmlTest {

    private static final String SECURITY = RawSoap.security(TestServers.SYNC_USER, TestServers.SYNC_PASSWORD);

    private static ErpServer server;

    @TempDir
    static Path directory;

    @BeforeAll
    static void start() throws Exception {
        server = ErpServer.start(TestServers.settings().maxRequestBytes(256 * 1024).build());
        Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    }

    @AfterAll
    static void stop() {
        server.close();
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
        String deep = envelope(SECURITY.replace("</soap:Header>", "<x:deep xmlns:x=\"urn:x\">" + "<a>".repeat(5000)
                + "</a>".repeat(5000) + "</x:deep></soap:Header>"), "<p:GetServiceInfo/>");
        return Stream.of(
                Arguments.of("external entity (XXE)", "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY secret SYSTEM \"" + secretUri
                        + "\">]>" + envelope(SECURITY, "<p:GetChanges><p:entity>&secret;</p:entity></p:GetChanges>")),
                Arguments.of("entity expansion (billion laughs)", laughs.toString()),
                Arguments.of("deeply nested elements", deep),
                Arguments.of("malformed XML", envelope(SECURITY, "<p:GetServiceInfo><unclosed></p:GetServiceInfo>")),
                Arguments.of("schema-invalid request", envelope(SECURITY,
                        "<p:GetChanges><p:entity>NOT_AN_ENTITY</p:entity><p:pageSize>ten</p:pageSize></p:GetChanges>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void aHostileOrInvalidBodyGetsAnInvalidRequestFaultWithoutStackTrace(String kind, String body) throws Exception {
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("InvalidRequestFault", "correlationId")
                .doesNotContain("TOP-SECRET-CONTENT", "\tat ", "Exception", "lollollol");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefused() throws Exception {
        String padding = "x".repeat(300 * 1024);
        HttpResponse<String> response = post(envelope(SECURITY, "<p:GetServiceInfo/><!-- " + padding + " -->"));

        assertThat(response.statusCode()).isIn(413, 500);
        assertThat(response.body()).doesNotContain("\tat ");
    }

    @Test
    void aValidRawRequestIsAnswered() throws Exception {
        HttpResponse<String> response = post(envelope(SECURITY, "<p:GetServiceInfo/>"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("GetServiceInfoResponse", "contractVersion>1.0</");
    }
}
