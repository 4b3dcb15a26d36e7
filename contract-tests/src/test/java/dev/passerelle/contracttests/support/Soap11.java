package dev.passerelle.contracttests.support;

import static dev.passerelle.contracttests.support.Dom.SOAP_ENVELOPE;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads SOAP 1.1 envelopes: the body's payload, and for faults the code, string and detail entry.
 * Immutable view over a parsed document.
 */
public final class Soap11 {

    private final Element envelope;

    private Soap11(Element envelope) {
        this.envelope = envelope;
    }

    /** Checks that a document is a SOAP 1.1 envelope with exactly one body entry. */
    public static Soap11 of(Document document) {
        Element root = document.getDocumentElement();
        if (!SOAP_ENVELOPE.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw new IllegalArgumentException("not a SOAP 1.1 envelope: {" + root.getNamespaceURI() + "}" + root.getLocalName());
        }
        Soap11 soap = new Soap11(root);
        List<Element> entries = Dom.childElements(soap.body());
        if (entries.size() != 1) {
            throw new IllegalArgumentException("the SOAP body has " + entries.size() + " entries, expected one");
        }
        return soap;
    }

    /** The soap:Body element. */
    public Element body() {
        List<Element> bodies = Dom.children(envelope, SOAP_ENVELOPE, "Body");
        if (bodies.size() != 1) {
            throw new IllegalArgumentException("the envelope has " + bodies.size() + " soap:Body elements");
        }
        return bodies.get(0);
    }

    /** The one entry of the body: the wrapper element, or soap:Fault. */
    public Element bodyEntry() {
        return Dom.childElements(body()).get(0);
    }

    public boolean isFault() {
        Element entry = bodyEntry();
        return SOAP_ENVELOPE.equals(entry.getNamespaceURI()) && "Fault".equals(entry.getLocalName());
    }

    /** The fault's code as written, such as {@code soap:Client}. */
    public String faultCode() {
        return faultChild("faultcode").map(Dom::text).orElseThrow(() -> new IllegalArgumentException("no faultcode"));
    }

    /** The fault code's local part, such as {@code Client}, after checking it is in the envelope namespace. */
    public String faultCodeLocalName() {
        Element code = faultChild("faultcode").orElseThrow();
        javax.xml.namespace.QName name = Dom.qname(code, Dom.text(code));
        if (!SOAP_ENVELOPE.equals(name.getNamespaceURI())) {
            throw new IllegalArgumentException("fault code " + name + " is not a SOAP 1.1 code");
        }
        return name.getLocalPart();
    }

    public String faultString() {
        return faultChild("faultstring").map(Dom::text).orElseThrow(() -> new IllegalArgumentException("no faultstring"));
    }

    /** The one entry of the fault's detail: the typed fault element. */
    public Element faultDetail() {
        Element detail = faultChild("detail").orElseThrow(() -> new IllegalArgumentException("the fault has no detail"));
        List<Element> entries = Dom.childElements(detail);
        if (entries.size() != 1) {
            throw new IllegalArgumentException("the fault detail has " + entries.size() + " entries, expected one");
        }
        return entries.get(0);
    }

    /** The element the contract types: the body entry, or the fault's detail entry. */
    public Element contractPayload() {
        return isFault() ? faultDetail() : bodyEntry();
    }

    private Optional<Element> faultChild(String name) {
        if (!isFault()) {
            throw new IllegalStateException("not a fault envelope");
        }
        // SOAP 1.1 fault children are unqualified.
        return Dom.childElements(bodyEntry()).stream()
                .filter(child -> child.getNamespaceURI() == null && name.equals(child.getLocalName()))
                .findFirst();
    }
}
