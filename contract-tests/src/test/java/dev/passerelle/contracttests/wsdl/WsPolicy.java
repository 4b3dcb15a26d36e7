package dev.passerelle.contracttests.wsdl;

import dev.passerelle.contracttests.support.Dom;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Finds WS-Policy expressions in a WSDL by their local reference. */
final class WsPolicy {

    static final String NAMESPACE = "http://www.w3.org/ns/ws-policy";
    static final String SECURITY_POLICY = "http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702";
    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

    private WsPolicy() {
    }

    /** The wsp:Policy a local URI such as {@code #UsernameTokenPolicy} names, by wsu:Id or Name. */
    static Element resolve(Document wsdl, String uri) {
        if (!uri.startsWith("#")) {
            throw new AssertionError("policy reference " + uri + " is not local to the WSDL");
        }
        String id = uri.substring(1);
        List<Element> matching = Dom.descendants(wsdl, NAMESPACE, "Policy").stream()
                .filter(policy -> id.equals(policy.getAttributeNS(WSU, "Id")) || id.equals(policy.getAttribute("Name")))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError("policy " + uri + " is declared " + matching.size() + " times, expected once");
        }
        return matching.get(0);
    }
}
