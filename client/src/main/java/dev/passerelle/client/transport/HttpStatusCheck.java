package dev.passerelle.client.transport;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Stops an HTTP error answer that carries no SOAP message (a reverse proxy's 502, 503 or 504 page, a
 * 404 from a wrong URL) before it is read as SOAP, as an {@link HttpStatusFailure} with the status and
 * the Retry-After the answer gave. The transport lets such answers through to here instead of
 * failing in the conduit, whose exception keeps no header. SOAP faults (500 with an XML body) pass.
 * Stateless.
 */
final class HttpStatusCheck extends AbstractPhaseInterceptor<Message> {

    HttpStatusCheck() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        Object code = message.get(Message.RESPONSE_CODE);
        if (!(code instanceof Integer status) || status < 400) {
            return;
        }
        String contentType = String.valueOf(message.get(Message.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        if (status == 500 && contentType.contains("xml")) {
            return; // a SOAP fault: mapped by its type
        }
        throw new Fault(new HttpStatusFailure(status, retryAfter(message)));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Duration> retryAfter(Message message) {
        Object headers = message.get(Message.PROTOCOL_HEADERS);
        if (!(headers instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        for (Map.Entry<?, ?> header : map.entrySet()) {
            if ("retry-after".equalsIgnoreCase(String.valueOf(header.getKey())) && header.getValue() instanceof List<?> values
                    && !values.isEmpty()) {
                return parse(String.valueOf(values.get(0)).trim());
            }
        }
        return Optional.empty();
    }

    /** Retry-After is a number of seconds or an HTTP date. */
    static Optional<Duration> parse(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** An HTTP error answer without a SOAP message. */
    static final class HttpStatusFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final transient Optional<Duration> retryAfter;

        HttpStatusFailure(int status, Optional<Duration> retryAfter) {
            super("HTTP " + status + " without a SOAP answer" + retryAfter.map(wait -> " (retry after " + wait.toSeconds() + " s)").orElse(""));
            this.status = status;
            this.retryAfter = retryAfter;
        }

        int status() {
            return status;
        }

        Optional<Duration> retryAfter() {
            return retryAfter == null ? Optional.empty() : retryAfter;
        }
    }
}
