package dev.passerelle.server.endpoint;

import dev.passerelle.contract.v1.FaultInfo;
import dev.passerelle.contract.v1.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.ws.WebFault;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.cxf.binding.soap.SoapFault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The contract's typed faults as SOAP faults, for the faults the stack raised (the endpoint's own are
 * written by JAX-WS), and the fault info of any contract fault. Thread-safe.
 */
final class SoapFaults {

    private static final String NAMESPACE = "urn:passerelle:erp:v1";

    private final JAXBContext jaxb;

    SoapFaults() {
        try {
            jaxb = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException broken) {
            throw new IllegalStateException("the contract's JAXB context cannot be built", broken);
        }
    }

    /** True for the contract's typed faults (the generated exceptions). */
    static boolean isContractFault(Throwable failure) {
        return failure != null && failure.getClass().isAnnotationPresent(WebFault.class);
    }

    /** The fault info (correlation id, message...) of one of the contract's typed faults. */
    static FaultInfo infoOf(Exception contractFault) {
        try {
            return (FaultInfo) contractFault.getClass().getMethod("getFaultInfo").invoke(contractFault);
        } catch (ReflectiveOperationException notAContractFault) {
            throw new IllegalArgumentException("not a contract fault: " + contractFault.getClass(), notAContractFault);
        }
    }

    /** A SOAP fault with the given code whose detail is the contract fault's info. */
    SoapFault toSoapFault(Exception contractFault, QName code) {
        FaultInfo info = infoOf(contractFault);
        String elementName = contractFault.getClass().getAnnotation(WebFault.class).name();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            @SuppressWarnings({"unchecked", "rawtypes"})
            JAXBElement<?> element = new JAXBElement(new QName(NAMESPACE, elementName), info.getClass(), info);
            jaxb.createMarshaller().marshal(element, document);
            SoapFault soapFault = new SoapFault(contractFault.getMessage(), code);
            Element detail = soapFault.getOrCreateDetail();
            detail.appendChild(detail.getOwnerDocument().importNode(document.getDocumentElement(), true));
            return soapFault;
        } catch (JAXBException | ParserConfigurationException broken) {
            throw new IllegalStateException("cannot build the contract fault", broken);
        }
    }
}
