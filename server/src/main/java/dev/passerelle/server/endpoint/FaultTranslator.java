package dev.passerelle.server.endpoint;

import dev.passerelle.contract.v1.AuthenticationFault;
import dev.passerelle.contract.v1.AuthorisationFault;
import dev.passerelle.contract.v1.ExpiredTokenFault;
import dev.passerelle.contract.v1.InvalidRequestFault;
import dev.passerelle.contract.v1.ObjectFactory;
import dev.passerelle.contract.v1.UnknownRecordFault;
import jakarta.xml.ws.WebFault;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.lang.reflect.Method;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Turns the faults raised by the SOAP stack itself (WS-Security, XML parsing, schema
 * validation, unexpected failures) into the contract's typed faults, so that a client only ever
 * sees AuthenticationFault, InvalidRequestFault or InternalErrorFault, never a raw stack fault or a
 * stack trace. Faults the endpoint threw itself keep their detail and get the SOAP fault code the
 * contract documents: soap:Client when the request itself is wrong, soap:Server otherwise.
 */
final class FaultTranslator extends AbstractSoapInterceptor {

    private static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final QName CLIENT = new QName("http://schemas.xmlsoap.org/soap/envelope/", "Client");
    private static final QName SERVER = new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server");

    /** Faults about the request itself: sending it again unchanged cannot succeed. */
    private static final Set<Class<?>> CLIENT_SIDE_FAULTS = Set.of(AuthenticationFault.class, AuthorisationFault.class,
            InvalidRequestFault.class, UnknownRecordFault.class, ExpiredTokenFault.class);

    private final JAXBContext jaxb;

    FaultTranslator() {
        super(Phase.PRE_LOGICAL);
        try {
            jaxb = JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException broken) {
            throw new IllegalStateException("the contract's JAXB context cannot be built", broken);
        }
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Exception exception = message.getContent(Exception.class);
        if (!(exception instanceof Fault fault)) {
            return;
        }
        if (isContractFault(fault)) {
            if (CLIENT_SIDE_FAULTS.contains(fault.getCause().getClass())) {
                fault.setFaultCode(fault instanceof SoapFault ? CLIENT : Fault.FAULT_CODE_CLIENT);
            }
            return;
        }
        String operation = "request";
        Exception replacement;
        QName code;
        if (isSecurityFailure(fault)) {
            replacement = Faults.authentication(operation);
            code = CLIENT;
        } else if (isClientFault(fault)) {
            replacement = Faults.of(operation, dev.passerelle.server.error.InvalidRequestException.of(
                    "request", dev.passerelle.contract.v1.FieldErrorCode.INVALID_FORMAT,
                    "The request is not a valid message of the contract: " + safeMessage(fault), null));
            code = CLIENT;
        } else {
            replacement = Faults.internalError(operation, fault);
            code = SERVER;
        }
        message.setContent(Exception.class, toSoapFault(replacement, code));
    }

    private static boolean isContractFault(Fault fault) {
        Throwable cause = fault.getCause();
        return cause != null && cause.getClass().isAnnotationPresent(WebFault.class);
    }

    private static boolean isSecurityFailure(Fault fault) {
        if (fault instanceof SoapFault soap && WSSE_NS.equals(soap.getFaultCode().getNamespaceURI())) {
            return true;
        }
        for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
            if (cause instanceof WSSecurityException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClientFault(Fault fault) {
        if (fault instanceof SoapFault soap) {
            String local = soap.getFaultCode().getLocalPart();
            return local.equals("Client") || local.equals("Sender") || local.equals("VersionMismatch");
        }
        return Fault.FAULT_CODE_CLIENT.equals(fault.getFaultCode());
    }

    // Parser and validation messages name what is wrong in the request; keep them short and plain.
    private static String safeMessage(Fault fault) {
        String text = fault.getMessage() == null ? "unreadable XML" : fault.getMessage();
        text = text.replaceAll("[\\r\\n\\t]+", " ");
        return text.length() > 500 ? text.substring(0, 500) + "..." : text;
    }

    private SoapFault toSoapFault(Exception contractFault, QName code) {
        try {
            Method getFaultInfo = contractFault.getClass().getMethod("getFaultInfo");
            Object info = getFaultInfo.invoke(contractFault);
            String elementName = contractFault.getClass().getAnnotation(WebFault.class).name();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().newDocument();
            @SuppressWarnings({"unchecked", "rawtypes"})
            jakarta.xml.bind.JAXBElement<?> element = new jakarta.xml.bind.JAXBElement(
                    new QName("urn:passerelle:erp:v1", elementName), info.getClass(), info);
            jaxb.createMarshaller().marshal(element, document);
            SoapFault soapFault = new SoapFault(contractFault.getMessage(), code);
            Element detail = soapFault.getOrCreateDetail();
            detail.appendChild(detail.getOwnerDocument().importNode(document.getDocumentElement(), true));
            return soapFault;
        } catch (ReflectiveOperationException | JAXBException | ParserConfigurationException broken) {
            throw new IllegalStateException("cannot build the contract fault", broken);
        }
    }
}
