package dev.passerelle.contracttests.conformance;

import dev.passerelle.contracttests.support.ContractFiles;
import dev.passerelle.contracttests.support.Jaxb;
import dev.passerelle.contracttests.support.SecureXml;
import dev.passerelle.contracttests.support.Soap11;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * A deliberately plain SOAP 1.1 client: it writes the envelope and the WS-Security UsernameToken
 * itself and keeps the answer as it came off the wire, so that the kit checks what an endpoint
 * really sends rather than what a lenient stack accepts. The generated JAXB classes build the
 * payloads. Thread-safe.
 */
final class SoapCaller {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final URI endpoint;
    private final String user;
    private final String password;

    SoapCaller(URI endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.user = user;
        this.password = password;
    }

    /** Sends one request wrapper (such as a {@code GetChanges}) and returns the answer as received. */
    Exchange call(Object request) {
        return callWithBody(request.getClass().getSimpleName(), Jaxb.marshalFragment(request));
    }

    /** Sends a hand-written body entry, such as a request the stubs could not produce because it is invalid. */
    Exchange callWithBody(String operation, String bodyEntry) {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + header()
                + "<soap:Body>" + bodyEntry + "</soap:Body>"
                + "</soap:Envelope>";
        HttpRequest post = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + ContractFiles.NAMESPACE + ":" + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response = send(post);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return new Exchange(operation, response.statusCode(), contentType, Soap11.of(parse(response.body(), operation)));
    }

    /** Fetches a document published next to the endpoint, such as {@code ?wsdl}. */
    static Document get(URI url) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered HTTP " + response.statusCode());
        }
        Document document = parse(response.body(), url.toString());
        document.setDocumentURI(url.toString());
        return document;
    }

    private String header() {
        if (user == null) {
            return "";
        }
        return "<soap:Header><wsse:Security soap:mustUnderstand=\"1\""
                + " xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd\">"
                + "<wsse:UsernameToken><wsse:Username>" + escape(user) + "</wsse:Username>"
                + "<wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">"
                + escape(password) + "</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>";
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }

    private static Document parse(byte[] body, String what) {
        try {
            return SecureXml.documentBuilder().parse(new ByteArrayInputStream(body));
        } catch (SAXException e) {
            throw new AssertionError("the answer to " + what + " is not well-formed XML: " + e.getMessage()
                    + "\n" + new String(body, StandardCharsets.UTF_8), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
