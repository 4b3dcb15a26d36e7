package dev.passerelle.contracttests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The contract's XML Schema, compiled once from the files the stubs jar carries, and validation of
 * message bodies against it. The compiled schema is immutable and thread-safe; each validation uses
 * its own validator.
 */
public final class ContractSchema {

    private static final class Holder {
        static final Schema SCHEMA = compile(ContractFiles.rootSchema());
    }

    private ContractSchema() {
    }

    /** The compiled contract schema. */
    public static Schema schema() {
        return Holder.SCHEMA;
    }

    /** Compiles one schema file (and what it includes) with secure processing; fails naming the file. */
    public static Schema compile(URL file) {
        try {
            return SecureXml.schemaFactory().newSchema(file);
        } catch (SAXException e) {
            throw new IllegalStateException(ContractFiles.fileName(file) + " does not compile: " + e.getMessage(), e);
        }
    }

    /**
     * Validates one element (a message body or fault detail) against the contract.
     *
     * @throws SAXException naming the first violation
     */
    public static void validate(Element payload) throws SAXException {
        Validator validator = schema().newValidator();
        try {
            validator.validate(new DOMSource(standalone(payload)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies an element into a document of its own, so that it validates as a root element. */
    public static Document standalone(Element payload) {
        Document document = SecureXml.documentBuilder().newDocument();
        document.appendChild(document.importNode(payload, true));
        return document;
    }
}
