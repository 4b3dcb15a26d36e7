package dev.passerelle.contracttests.support;

import dev.passerelle.contract.v1.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Marshals and unmarshals the generated stubs with their own JAXB context, exactly as a JAX-WS stack
 * would for a message body or fault detail. The context is built once and shared (it is thread-safe);
 * marshallers and unmarshallers are made per call.
 */
public final class Jaxb {

    private static final class Holder {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(ObjectFactory.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("the stubs do not form a JAXB context", e);
            }
        }
    }

    private Jaxb() {
    }

    /** Marshals a root object (a wrapper element or a JAXBElement of a fault detail) into a document of its own. */
    public static Document marshal(Object payload) {
        try {
            Document document = SecureXml.documentBuilder().newDocument();
            Marshaller marshaller = Holder.CONTEXT.createMarshaller();
            marshaller.marshal(payload, document);
            return document;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot marshal " + payload, e);
        }
    }

    /** Marshals a root object as an XML fragment (no XML declaration), for embedding in an envelope. */
    public static String marshalFragment(Object payload) {
        try {
            Marshaller marshaller = Holder.CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            java.io.StringWriter text = new java.io.StringWriter();
            marshaller.marshal(payload, text);
            return text.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot marshal " + payload, e);
        }
    }

    /** Unmarshals one element into the stubs: a wrapper object, or a JAXBElement for fault details. */
    public static Object unmarshal(Element payload) {
        try {
            // Not validating here: callers validate against ContractSchema first, and say so in their own words.
            Unmarshaller unmarshaller = Holder.CONTEXT.createUnmarshaller();
            return unmarshaller.unmarshal(payload);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot unmarshal " + payload.getLocalName() + ": " + e, e);
        }
    }
}
