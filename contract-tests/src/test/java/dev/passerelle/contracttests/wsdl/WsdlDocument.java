package dev.passerelle.contracttests.wsdl;

import static dev.passerelle.contracttests.support.Dom.WSDL;
import static dev.passerelle.contracttests.support.Dom.WSDL_SOAP;

import dev.passerelle.contracttests.support.ContractFiles;
import dev.passerelle.contracttests.support.Dom;
import dev.passerelle.contracttests.support.SecureXml;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A read-only view of the published WSDL 1.1 document, by its components. */
final class WsdlDocument {

    private static final WsdlDocument PUBLISHED = new WsdlDocument(SecureXml.parse(ContractFiles.wsdl()));

    private final Document document;

    private WsdlDocument(Document document) {
        this.document = document;
    }

    static WsdlDocument published() {
        return PUBLISHED;
    }

    Document document() {
        return document;
    }

    Element definitions() {
        return document.getDocumentElement();
    }

    List<Element> messages() {
        return Dom.children(definitions(), WSDL, "message");
    }

    List<Element> portTypes() {
        return Dom.children(definitions(), WSDL, "portType");
    }

    List<Element> bindings() {
        return Dom.children(definitions(), WSDL, "binding");
    }

    List<Element> services() {
        return Dom.children(definitions(), WSDL, "service");
    }

    /** The operations of the (single) port type. */
    List<Element> portTypeOperations() {
        return portTypes().stream().flatMap(portType -> Dom.children(portType, WSDL, "operation").stream()).toList();
    }

    /** The operations of the (single) binding. */
    List<Element> bindingOperations() {
        return bindings().stream().flatMap(binding -> Dom.children(binding, WSDL, "operation").stream()).toList();
    }

    List<String> operationNames() {
        return portTypeOperations().stream().map(operation -> operation.getAttribute("name")).toList();
    }

    Element portTypeOperation(String name) {
        return named(portTypeOperations(), name).orElseThrow(() -> new AssertionError("no port type operation " + name));
    }

    Optional<Element> bindingOperation(String name) {
        return named(bindingOperations(), name);
    }

    Element message(String name) {
        return named(messages(), name).orElseThrow(() -> new AssertionError("no message " + name));
    }

    /** The message an input, output or fault of a port type operation refers to. */
    Element messageOf(Element inputOutputOrFault) {
        QName reference = Dom.qname(inputOutputOrFault, inputOutputOrFault.getAttribute("message"));
        if (!reference.getNamespaceURI().equals(definitions().getAttribute("targetNamespace"))) {
            throw new AssertionError("message " + reference + " is not in the WSDL's namespace");
        }
        return message(reference.getLocalPart());
    }

    List<Element> parts(Element message) {
        return Dom.children(message, WSDL, "part");
    }

    /** The element the single part of a message refers to. */
    QName elementOf(Element message) {
        List<Element> parts = parts(message);
        if (parts.size() != 1 || !parts.get(0).hasAttribute("element")) {
            throw new AssertionError("message " + message.getAttribute("name") + " has no single element part");
        }
        return Dom.qname(parts.get(0), parts.get(0).getAttribute("element"));
    }

    Optional<Element> soapBinding(Element binding) {
        return Dom.child(binding, WSDL_SOAP, "binding");
    }

    static Optional<Element> named(List<Element> elements, String name) {
        return elements.stream().filter(element -> name.equals(element.getAttribute("name"))).findFirst();
    }
}
