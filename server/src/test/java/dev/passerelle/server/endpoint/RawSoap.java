package dev.passerelle.server.endpoint;

import dev.passerelle.server.ErpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
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
        return post(server, body, "");
    }

    static HttpResponse<String> post(ErpServer server, String body, String soapAction) throws Exception {
        return send(server, soapAction, HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * Posts {@code head}, then {@code unit} {@code times} over, then {@code tail}, made as they are
     * sent, chunked: a body whose length the server only learns by reading it. A server that refuses
     * such a body while it is still being sent closes the connection on the rest, and the reset can
     * overtake its answer: the request is then sent again, at most three times in all.
     */
    static HttpResponse<String> postChunked(ErpServer server, String head, String unit, long times, String tail)
            throws Exception {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] repeated = unit.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                Collections.enumeration(List.of(new ByteArrayInputStream(start), new Repeated(repeated, times),
                        new ByteArrayInputStream(end)))));
        for (int attempt = 1; ; attempt++) {
            try {
                return send(server, "", body);
            } catch (IOException reset) {
                if (attempt == 3) {
                    throw reset;
                }
            }
        }
    }

    /**
     * Sends the head of a request that declares a body of {@code length} bytes and waits for the
     * server's answer before sending any of it ({@code Expect: 100-continue}, as a client should send
     * a large body); returns the raw answer. A server that refuses a body by its declared length
     * answers at once: a client that went on sending could find the connection reset, the answer lost.
     */
    static String declareBody(ErpServer server, long length) throws Exception {
        URI url = server.endpointUrl();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(20_000);
            String head = "POST " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nContent-Type: text/xml; charset=UTF-8\r\nSOAPAction: \"\"\r\nContent-Length: " + length
                    + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The refusal closes the connection, which ends the answer.
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * Sends a whole request over a connection of its own and returns that connection unread: the
     * caller decides what becomes of it (close it before the answer comes, for one).
     */
    static Socket sendAndHold(ErpServer server, String body) throws IOException {
        URI url = server.endpointUrl();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket(url.getHost(), url.getPort());
        String head = "POST " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: text/xml; charset=UTF-8\r\nSOAPAction: \"\"\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return socket;
    }

    /** The first correlation id (a UUID) in an answer. */
    static String correlationId(String answer) {
        Matcher matcher = CORRELATION_ID.matcher(answer);
        if (!matcher.find()) {
            throw new AssertionError("no correlation id in " + answer);
        }
        return matcher.group();
    }

    private static HttpResponse<String> send(ErpServer server, String soapAction, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.endpointUrl())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"" + soapAction + "\"")
                .POST(body)
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The same bytes, so many times over, made as they are read. */
    private static final class Repeated extends InputStream {
        private final byte[] unit;
        private final long total;
        private long position;

        Repeated(byte[] unit, long times) {
            this.unit = unit;
            this.total = unit.length * times;
        }

        @Override
        public int read() {
            return position == total ? -1 : unit[(int) (position++ % unit.length)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == total) {
                return -1;
            }
            int count = (int) Math.min(length, total - position);
            for (int index = 0; index < count; index++) {
                buffer[offset + index] = unit[(int) (position++ % unit.length)];
            }
            return count;
        }
    }
}
