package dev.passerelle.server.endpoint;

import dev.passerelle.server.ErpServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SOAP envelopes written by hand and posted over plain HTTP, for what the generated client refuses to send. */
final class RawSoap {

    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern CORRELATION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RawSoap() {
    }

    static String security(String user, String password) {
        return "<soap:Header><wsse:Security soap:mustUnderstand=\"1\""
                + " xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
                + "<wsse:UsernameToken><wsse:Username>" + user + "</wsse:Username>"
                + "<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">"
                + password + "</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>";
    }

    static String envelope(String header, String body) {
        return "<soap:Envelope xmlns:soap=\"" + SOAP_NS + "\" xmlns:p=\"urn:passerelle:erp:v1\">" + header
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    static HttpResponse<String> post(ErpServer server, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.endpointUrl())
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The first correlation id (a UUID) in an answer. */
    static String correlationId(String answer) {
        Matcher matcher = CORRELATION_ID.matcher(answer);
        if (!matcher.find()) {
            throw new AssertionError("no correlation id in " + answer);
        }
        return matcher.group();
    }
}
