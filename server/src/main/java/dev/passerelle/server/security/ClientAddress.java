package dev.passerelle.server.security;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/**
 * The address a request came from: the peer of its TCP connection (behind a reverse proxy, the
 * proxy's). Stateless.
 */
public final class ClientAddress {

    /** What stands for the address of a message that did not come over HTTP. */
    public static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(Message message) {
        Object request = message == null ? null : message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : UNKNOWN;
    }
}
