package dev.passerelle.server.endpoint;

import dev.passerelle.common.security.LoginRefusal;
import dev.passerelle.server.security.ClientAddress;
import java.security.Principal;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.service.model.BindingOperationInfo;

/**
 * What the log tells of a request: its operation and caller when known (null otherwise), and the
 * client address. The caller is the authenticated user, or the user name a refused token gave.
 */
record RequestFacts(String operation, String caller, String address) {

    static RequestFacts of(Exchange exchange) {
        Message request = exchange.getInMessage();
        BindingOperationInfo operation = exchange.getBindingOperationInfo();
        return new RequestFacts(operation == null ? null : operation.getName().getLocalPart(), caller(request),
                ClientAddress.of(request));
    }

    private static String caller(Message request) {
        if (request == null) {
            return null;
        }
        SecurityContext security = request.get(SecurityContext.class);
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal != null) {
            return principal.getName();
        }
        LoginRefusal refusal = request.get(LoginRefusal.class);
        return refusal == null ? null : refusal.user();
    }
}
