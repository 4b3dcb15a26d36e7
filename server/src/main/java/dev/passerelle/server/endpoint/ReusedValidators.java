package dev.passerelle.server.endpoint;

import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;

/**
 * The contract's schema, validating exactly as before, but handing each thread back the validator it
 * used for its previous message instead of a new one: JAXB asks for a new validator for every
 * message, and building one (schema loader, scanners, symbol tables) cost more than validating a
 * small request. A validator is reused only once its previous document ended; one left in the middle
 * of a document (a message that failed validation) is dropped and a fresh one made. The error handler
 * JAXB gives each message is swapped behind one handler installed once: setting a new one on the
 * validator marks its configuration changed, and the next document then reset every component of
 * the validator again (schema loader, entity manager, settings), which cost more than validating.
 * Thread-safe.
 */
final class ReusedValidators extends Schema {

    private final Schema schema;
    private final ThreadLocal<Reusable> idle = new ThreadLocal<>();

    ReusedValidators(Schema schema) {
        this.schema = schema;
    }

    @Override
    public Validator newValidator() {
        return schema.newValidator();
    }

    @Override
    public ValidatorHandler newValidatorHandler() {
        Reusable handler = idle.get();
        if (handler == null || handler.busy) {
            handler = new Reusable(schema.newValidatorHandler());
            idle.set(handler);
        }
        handler.busy = true;
        return handler;
    }

    /** A validator handler that knows whether its document has ended. */
    private static final class Reusable extends ValidatorHandler {
        private final ValidatorHandler handler;
        private final SwappedErrorHandler errors = new SwappedErrorHandler();
        private boolean busy;

        Reusable(ValidatorHandler handler) {
            this.handler = handler;
            handler.setErrorHandler(errors);
        }

        @Override
        public void startDocument() throws SAXException {
            busy = true;
            handler.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            try {
                handler.endDocument();
            } finally {
                busy = false;
                errors.target = null;
            }
        }

        @Override public void setContentHandler(ContentHandler receiver) { handler.setContentHandler(receiver); }
        @Override public ContentHandler getContentHandler() { return handler.getContentHandler(); }
        @Override public void setErrorHandler(ErrorHandler target) { errors.target = target; }
        @Override public ErrorHandler getErrorHandler() { return errors.target; }
        @Override public void setResourceResolver(LSResourceResolver resolver) { handler.setResourceResolver(resolver); }
        @Override public LSResourceResolver getResourceResolver() { return handler.getResourceResolver(); }
        @Override public javax.xml.validation.TypeInfoProvider getTypeInfoProvider() { return handler.getTypeInfoProvider(); }
        @Override public boolean getFeature(String name) throws SAXNotRecognizedException, SAXNotSupportedException { return handler.getFeature(name); }
        @Override public void setFeature(String name, boolean value) throws SAXNotRecognizedException, SAXNotSupportedException { handler.setFeature(name, value); }
        @Override public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException { handler.setProperty(name, value); }
        @Override public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException { return handler.getProperty(name); }
        @Override public void setDocumentLocator(Locator locator) { handler.setDocumentLocator(locator); }
        @Override public void startPrefixMapping(String prefix, String uri) throws SAXException { handler.startPrefixMapping(prefix, uri); }
        @Override public void endPrefixMapping(String prefix) throws SAXException { handler.endPrefixMapping(prefix); }
        @Override public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException { handler.startElement(uri, local, qName, atts); }
        @Override public void endElement(String uri, String local, String qName) throws SAXException { handler.endElement(uri, local, qName); }
        @Override public void characters(char[] text, int start, int length) throws SAXException { handler.characters(text, start, length); }
        @Override public void ignorableWhitespace(char[] text, int start, int length) throws SAXException { handler.ignorableWhitespace(text, start, length); }
        @Override public void processingInstruction(String target, String data) throws SAXException { handler.processingInstruction(target, data); }
        @Override public void skippedEntity(String name) throws SAXException { handler.skippedEntity(name); }
    }

    /**
     * Hands each report to the current message's error handler; with none, errors end validation and
     * warnings are ignored, as a validator without an error handler does.
     */
    private static final class SwappedErrorHandler implements ErrorHandler {
        private ErrorHandler target;

        @Override
        public void warning(SAXParseException warning) throws SAXException {
            if (target != null) {
                target.warning(warning);
            }
        }

        @Override
        public void error(SAXParseException error) throws SAXException {
            if (target == null) {
                throw error;
            }
            target.error(error);
        }

        @Override
        public void fatalError(SAXParseException error) throws SAXException {
            if (target == null) {
                throw error;
            }
            target.fatalError(error);
        }
    }
}
