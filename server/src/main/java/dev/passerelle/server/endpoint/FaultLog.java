package dev.passerelle.server.endpoint;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the one log line of each request the endpoint refuses or fails. A refusal (the caller's
 * doing: credentials, role, an invalid or hostile message, an unknown record, an expired token,
 * maintenance, a body too large) is an INFO line without stack trace, or WARN when it starts a
 * lock-out; an internal error is an ERROR line followed by the stack trace of its cause. Each line
 * names the correlation id the caller was given, the operation and caller when known, the client
 * address and the reason. What the caller wrote (a user name, an element name in a parser message)
 * is cut short and kept on one line, so that no request can write lines of its own. Stateless.
 */
final class FaultLog {

    private static final Logger LOG = LoggerFactory.getLogger(FaultLog.class);
    private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");
    private static final int MAX_NAME = 100;
    private static final int MAX_REASON = 400;

    private FaultLog() {
    }

    static void refused(RequestFacts request, String correlationId, String reason, boolean startsLockOut) {
        String format = "refused: correlationId={}, operation={}, caller={}, address={}, reason={}";
        Object[] values = {correlationId, shown(request.operation(), MAX_NAME), shown(request.caller(), MAX_NAME),
                shown(request.address(), MAX_NAME), shown(reason, MAX_REASON)};
        if (startsLockOut) {
            LOG.warn(format, values);
        } else {
            LOG.info(format, values);
        }
    }

    static void callerGone(RequestFacts request) {
        LOG.info("caller gone before its answer: operation={}, caller={}, address={}", shown(request.operation(), MAX_NAME),
                shown(request.caller(), MAX_NAME), shown(request.address(), MAX_NAME));
    }

    static void failed(RequestFacts request, String correlationId, Throwable failure) {
        LOG.error("internal error: correlationId={}, operation={}, caller={}, address={}", correlationId,
                shown(request.operation(), MAX_NAME), shown(request.caller(), MAX_NAME),
                shown(request.address(), MAX_NAME), failure);
    }

    private static String shown(String text, int maxLength) {
        if (text == null) {
            return "-";
        }
        String oneLine = LINE_BREAKING.matcher(text).replaceAll(" ");
        return oneLine.length() <= maxLength ? oneLine : oneLine.substring(0, maxLength) + "...";
    }
}
