package dev.passerelle.contracttests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small, namespace-aware helpers over the W3C DOM. Stateless. */
public final class Dom {

    public static final String XSD = "http://www.w3.org/2001/XMLSchema";
    public static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    public static final String WSDL_SOAP = "http://schemas.xmlsoap.org/wsdl/soap/";
    public static final String SOAP_ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String SOAP_ENCODING = "http://schemas.xmlsoap.org/soap/encoding/";

    private Dom() {
    }

    /** The child elements of a node with the given namespace and one of the local names. */
    public static List<Element> children(Node parent, String namespace, String... localNames) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && matches(element, namespace, localNames)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The first child element with the given namespace and local name, if any. */
    public static Optional<Element> child(Node parent, String namespace, String localName) {
        return children(parent, namespace, localName).stream().findFirst();
    }

    /** Every child element, whatever its name. */
    public static List<Element> childElements(Node parent) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    /** Every descendant element with the given namespace and one of the local names, grouped by name. */
    public static List<Element> descendants(Node root, String namespace, String... localNames) {
        List<Element> found = new ArrayList<>();
        for (String localName : localNames) {
            NodeList nodes = root instanceof Document document
                    ? document.getElementsByTagNameNS(namespace, localName)
                    : ((Element) root).getElementsByTagNameNS(namespace, localName);
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    /** Resolves a prefixed name such as {@code p:GetChanges} in the scope of an element. */
    public static QName qname(Element scope, String prefixedName) {
        int colon = prefixedName.indexOf(':');
        String prefix = colon < 0 ? null : prefixedName.substring(0, colon);
        String namespace = scope.lookupNamespaceURI(prefix);
        return new QName(namespace == null ? "" : namespace, prefixedName.substring(colon + 1));
    }

    /** The trimmed text content of an element. */
    public static String text(Element element) {
        return element.getTextContent().trim();
    }

    /** Writes a node as XML text without a declaration, using a transformer with secure processing. */
    public static String serialize(Node node) {
        try {
            javax.xml.transform.TransformerFactory factory = javax.xml.transform.TransformerFactory.newInstance();
            factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            javax.xml.transform.Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
            java.io.StringWriter text = new java.io.StringWriter();
            transformer.transform(new javax.xml.transform.dom.DOMSource(node), new javax.xml.transform.stream.StreamResult(text));
            return text.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException("cannot serialise " + node.getNodeName(), e);
        }
    }

    private static boolean matches(Element element, String namespace, String... localNames) {
        if (!namespace.equals(element.getNamespaceURI())) {
            return false;
        }
        for (String localName : localNames) {
            if (localName.equals(element.getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
