package dev.passerelle.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/** Validators handed back for reuse validate every document exactly as fresh ones do. */
class ReusedValidatorsTest {

    private static final String XSD = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:t'"
            + " xmlns='urn:t' elementFormDefault='qualified'><xs:element name='page'><xs:complexType><xs:sequence>"
            + "<xs:element name='size' type='xs:int'/></xs:sequence></xs:complexType></xs:element></xs:schema>";
    private static final String VALID = "<page xmlns='urn:t'><size>50</size></page>";
    private static final String INVALID = "<page xmlns='urn:t'><size>fifty</size></page>";

    private final ReusedValidators schema = new ReusedValidators(contractLike());

    @Test
    void aValidatorWhoseDocumentEndedIsReusedAndStillRejectsInvalidDocuments() throws Exception {
        ValidatorHandler first = schema.newValidatorHandler();
        validate(first, VALID);
        ValidatorHandler second = schema.newValidatorHandler();
        assertThat(second).isSameAs(first);

        assertThatThrownBy(() -> validate(second, INVALID)).isInstanceOf(SAXParseException.class).hasMessageContaining("fifty");
    }

    @Test
    void aValidatorLeftInTheMiddleOfAFailedDocumentIsReplacedByAFreshOne() throws Exception {
        ValidatorHandler failed = schema.newValidatorHandler();
        assertThatThrownBy(() -> validate(failed, INVALID)).isInstanceOf(SAXParseException.class);

        ValidatorHandler next = schema.newValidatorHandler();
        assertThat(next).isNotSameAs(failed);
        validate(next, VALID);
        assertThatThrownBy(() -> validate(schema.newValidatorHandler(), INVALID)).isInstanceOf(SAXParseException.class);
    }

    @Test
    void eachDocumentReportsToTheErrorHandlerSetForIt() throws Exception {
        ValidatorHandler handler = schema.newValidatorHandler();
        validate(handler, VALID);
        java.util.List<String> reported = new java.util.ArrayList<>();
        ValidatorHandler reused = schema.newValidatorHandler();
        reused.setErrorHandler(new ErrorHandler() {
            @Override public void warning(SAXParseException problem) { }
            @Override public void error(SAXParseException problem) { reported.add(problem.getMessage()); }
            @Override public void fatalError(SAXParseException problem) { reported.add(problem.getMessage()); }
        });
        parse(reused, INVALID);

        assertThat(reused).isSameAs(handler);
        assertThat(reported).anySatisfy(message -> assertThat(message).contains("fifty"));
    }

    @Test
    void withoutAnErrorHandlerAnInvalidDocumentStillFails() throws Exception {
        validate(schema.newValidatorHandler(), VALID);
        ValidatorHandler reused = schema.newValidatorHandler();
        reused.setErrorHandler(null);

        assertThatThrownBy(() -> parse(reused, INVALID)).isInstanceOf(SAXParseException.class).hasMessageContaining("fifty");
    }

    @Test
    void anotherThreadGetsItsOwnValidator() throws Exception {
        ValidatorHandler mine = schema.newValidatorHandler();
        ValidatorHandler[] theirs = new ValidatorHandler[1];
        Thread other = new Thread(() -> theirs[0] = schema.newValidatorHandler());
        other.start();
        other.join();

        assertThat(theirs[0]).isNotNull().isNotSameAs(mine);
    }

    private static Schema contractLike() {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(new StringReader(XSD)));
        } catch (SAXException invalid) {
            throw new IllegalStateException(invalid);
        }
    }

    private static void validate(ValidatorHandler handler, String document) throws Exception {
        handler.setErrorHandler(new ErrorHandler() {
            @Override public void warning(SAXParseException problem) { }
            @Override public void error(SAXParseException problem) throws SAXException { throw problem; }
            @Override public void fatalError(SAXParseException problem) throws SAXException { throw problem; }
        });
        parse(handler, document);
    }

    private static void parse(ValidatorHandler handler, String document) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(new StringReader(document)));
    }
}
