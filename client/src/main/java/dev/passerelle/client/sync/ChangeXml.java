package dev.passerelle.client.sync;

import dev.passerelle.contract.v1.Change;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;

/** An ERP change kept in the store for later (parked, waiting for its account) as the contract's XML. Thread-safe. */
final class ChangeXml {

    private static final QName ELEMENT = new QName("urn:passerelle:erp:v1", "parkedChange");
    private static final JAXBContext CONTEXT = context();

    private ChangeXml() {
    }

    static String write(Change change) {
        try {
            StringWriter out = new StringWriter();
            CONTEXT.createMarshaller().marshal(new JAXBElement<>(ELEMENT, Change.class, change), out);
            return out.toString();
        } catch (JAXBException failure) {
            throw new IllegalStateException("cannot store an ERP change", failure);
        }
    }

    static Change read(String xml) {
        try {
            return CONTEXT.createUnmarshaller().unmarshal(new StreamSource(new StringReader(xml)), Change.class).getValue();
        } catch (JAXBException failure) {
            throw new IllegalStateException("cannot read a stored ERP change", failure);
        }
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(Change.class);
        } catch (JAXBException failure) {
            throw new ExceptionInInitializerError(failure);
        }
    }
}
