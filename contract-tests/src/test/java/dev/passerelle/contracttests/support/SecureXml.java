package dev.passerelle.contracttests.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * JDK XML parsers and schema factories set up with secure processing: no DTDs, no external entities,
 * schema documents only from local files and jars (never from the network). Stateless; every call
 * builds a fresh, unshared parser.
 */
public final class SecureXml {

    /** Schema locations may point into the contract jar or the source tree, never to the network. */
    private static final String LOCAL_ONLY = "file,jar:file";

    private SecureXml() {
    }

    /** Parses one XML document, namespace-aware, refusing DTDs. */
    public static Document parse(URL url) {
        try (InputStream in = url.openStream()) {
            Document document = documentBuilder().parse(in, url.toExternalForm());
            document.setDocumentURI(url.toExternalForm());
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        } catch (SAXException e) {
            throw new IllegalStateException("not well-formed XML: " + url + ": " + e.getMessage(), e);
        }
    }

    /** Parses XML text, namespace-aware, refusing DTDs. */
    public static Document parse(String xml) {
        try {
            return documentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A fresh namespace-aware document builder with secure processing. */
    public static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK parser refuses secure processing", e);
        }
    }

    /** A W3C XML Schema factory with secure processing that may follow includes to local files and jars only. */
    public static SchemaFactory schemaFactory() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, LOCAL_ONLY);
            return factory;
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK schema factory refuses secure processing", e);
        }
    }
}
