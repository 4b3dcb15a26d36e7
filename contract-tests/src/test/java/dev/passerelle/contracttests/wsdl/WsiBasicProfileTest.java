package dev.passerelle.contracttests.wsdl;

import static dev.passerelle.contracttests.support.Dom.WSDL;
import static dev.passerelle.contracttests.support.Dom.WSDL_SOAP;
import static dev.passerelle.contracttests.support.Dom.XSD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.passerelle.contracttests.support.ContractFiles;
import dev.passerelle.contracttests.support.Dom;
import dev.passerelle.contracttests.support.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The WS-I Basic Profile 1.1 rules that can be checked on the description alone. Each test names the
 * profile requirement(s) it checks.
 */
class WsiBasicProfileTest {

    private static final String SOAP_HTTP_TRANSPORT = "http://schemas.xmlsoap.org/soap/http";

    private final WsdlDocument wsdl = WsdlDocument.published();

    static Stream<String> operations() {
        return WsdlDocument.published().operationNames().stream();
    }

    static Stream<String> messages() {
        return WsdlDocument.published().messages().stream().map(message -> message.getAttribute("name"));
    }

    static Stream<URL> contractFiles() {
        return Stream.concat(Stream.of(ContractFiles.wsdl()), ContractFiles.schemaFiles().stream());
    }

    /** R4003: descriptions use UTF-8 or UTF-16; these declare UTF-8 and are valid UTF-8 throughout. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("contractFiles")
    void r4003_descriptionIsEncodedInUtf8(URL file) throws IOException {
        assertThat(SecureXml.parse(file).getXmlEncoding()).as(ContractFiles.fileName(file)).isEqualToIgnoringCase("UTF-8");
        try (InputStream in = file.openStream()) {
            byte[] bytes = in.readAllBytes();
            assertThatCode(() -> StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)))
                    .as("%s decodes as UTF-8", ContractFiles.fileName(file))
                    .doesNotThrowAnyException();
        }
    }

    /** R2705: the binding is document-literal, never rpc. */
    @Test
    void r2705_bindingStyleIsDocument() {
        for (Element binding : wsdl.bindings()) {
            Element soapBinding = wsdl.soapBinding(binding).orElseThrow(() -> new AssertionError("no soap:binding"));
            assertThat(soapBinding.getAttribute("style")).isEqualTo("document");
        }
    }

    /** R2705: no operation overrides the binding's style with rpc. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void r2705_everyOperationIsDocumentStyle(String operation) {
        Element soapOperation = soapOperation(operation);
        assertThat(soapOperation.getAttribute("style")).isIn("", "document");
    }

    /** R2702: SOAP over HTTP transport. */
    @Test
    void r2702_bindingUsesTheSoapOverHttpTransport() {
        for (Element binding : wsdl.bindings()) {
            assertThat(wsdl.soapBinding(binding).orElseThrow().getAttribute("transport")).isEqualTo(SOAP_HTTP_TRANSPORT);
        }
    }

    /** R2706: soap:body and soap:fault use literal. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void r2706_everySoapBodyAndFaultIsLiteral(String operation) {
        Element bindingOperation = bindingOperation(operation);
        List<Element> uses = new ArrayList<>(Dom.descendants(bindingOperation, WSDL_SOAP, "body", "fault", "header", "headerfault"));
        assertThat(uses).as("soap:body of input and output").hasSizeGreaterThanOrEqualTo(2);
        assertThat(uses).allSatisfy(use -> {
            assertThat(use.getAttribute("use")).as(use.getLocalName()).isEqualTo("literal");
            assertThat(use.hasAttribute("encodingStyle")).as("encodingStyle on " + use.getLocalName()).isFalse();
        });
    }

    /** R2716: document-literal soap:body and soap:fault have no namespace attribute. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void r2716_noSoapBodyOrFaultNamesANamespace(String operation) {
        assertThat(Dom.descendants(bindingOperation(operation), WSDL_SOAP, "body", "fault"))
                .noneMatch(use -> use.hasAttribute("namespace"));
    }

    /** R2706, R2110, R2111: nothing in the contract refers to SOAP encoding. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("contractFiles")
    void r2110_noFileRefersToSoapEncoding(URL file) throws IOException {
        String text;
        try (InputStream in = file.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).doesNotContain(Dom.SOAP_ENCODING).doesNotContain("arrayType").doesNotContain("encodingStyle");
    }

    /** R2201: a document-literal message has exactly one part. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void r2201_everyMessageHasExactlyOnePart(String message) {
        assertThat(wsdl.parts(wsdl.message(message))).hasSize(1);
    }

    /** R2204, R2205: parts (bodies and faults) refer to elements, not types. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void r2204_everyPartRefersToAnElementNotAType(String message) {
        assertThat(wsdl.parts(wsdl.message(message))).allSatisfy(part -> {
            assertThat(part.getAttribute("element")).isNotEmpty();
            assertThat(part.hasAttribute("type")).isFalse();
        });
    }

    /** R2101: every element a part refers to is declared, in the contract's namespace. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void r2101_everyPartElementIsDeclaredInTheContractSchema(String message) {
        QName element = wsdl.elementOf(wsdl.message(message));
        assertThat(element.getNamespaceURI()).isEqualTo(ContractFiles.NAMESPACE);
        assertThat(ContractFiles.globalElementNames()).contains(element.getLocalPart());
    }

    /** Wrapped convention: the request element is the operation's name and the answer's is name + Response. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void wrapperElementsAreNamedAfterTheirOperation(String operation) {
        Element portTypeOperation = wsdl.portTypeOperation(operation);
        Element input = Dom.child(portTypeOperation, WSDL, "input").orElseThrow();
        Element output = Dom.child(portTypeOperation, WSDL, "output").orElseThrow();
        assertThat(wsdl.elementOf(wsdl.messageOf(input)).getLocalPart()).isEqualTo(operation);
        assertThat(wsdl.elementOf(wsdl.messageOf(output)).getLocalPart()).isEqualTo(operation + "Response");
    }

    /** R2710: operations have distinct wire signatures, the name of the body's child element. */
    @Test
    void r2710_wrapperElementNamesAreUniqueAcrossOperations() {
        List<QName> inputs = new ArrayList<>();
        for (Element operation : wsdl.portTypeOperations()) {
            inputs.add(wsdl.elementOf(wsdl.messageOf(Dom.child(operation, WSDL, "input").orElseThrow())));
        }
        assertThat(inputs).doesNotHaveDuplicates().hasSize(wsdl.portTypeOperations().size());
    }

    /** R2304: no overloaded operation names in the port type. */
    @Test
    void r2304_operationNamesAreUniqueInThePortType() {
        assertThat(wsdl.operationNames()).doesNotHaveDuplicates();
    }

    /** R2303: only request-response operations (no solicit-response, no notification). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void r2303_everyOperationIsRequestResponse(String operation) {
        List<Element> children = Dom.children(wsdl.portTypeOperation(operation), WSDL, "input", "output");
        assertThat(children).extracting(Element::getLocalName).containsExactly("input", "output");
    }

    /** R2718: the binding binds exactly the port type's operations. */
    @Test
    void r2718_bindingDeclaresTheSameOperationsAsThePortType() {
        assertThat(wsdl.bindingOperations()).extracting(operation -> operation.getAttribute("name"))
                .containsExactlyInAnyOrderElementsOf(wsdl.operationNames());
    }

    /** R2205: every declared fault carries a message whose one part is an element. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void r2205_everyDeclaredFaultCarriesAnElement(String operation) {
        List<Element> faults = Dom.children(wsdl.portTypeOperation(operation), WSDL, "fault");
        assertThat(faults).as("declared faults").isNotEmpty();
        assertThat(faults).allSatisfy(fault -> {
            QName element = wsdl.elementOf(wsdl.messageOf(fault));
            assertThat(element.getLocalPart()).isEqualTo(fault.getAttribute("name"));
        });
    }

    /** R2721, R2754: every fault is bound by a literal soap:fault whose name matches the wsdl:fault. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void r2754_everyFaultIsBoundAsALiteralSoapFaultOfTheSameName(String operation) {
        List<String> declared = Dom.children(wsdl.portTypeOperation(operation), WSDL, "fault").stream()
                .map(fault -> fault.getAttribute("name")).toList();
        List<Element> bound = Dom.children(bindingOperation(operation), WSDL, "fault");

        assertThat(bound).extracting(fault -> fault.getAttribute("name")).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(bound).allSatisfy(fault -> {
            Element soapFault = Dom.child(fault, WSDL_SOAP, "fault").orElseThrow(() -> new AssertionError("no soap:fault"));
            assertThat(soapFault.getAttribute("name")).isEqualTo(fault.getAttribute("name"));
            assertThat(soapFault.getAttribute("use")).isEqualTo("literal");
        });
    }

    /** R2744, R2745: a soapAction is declared for every operation, so that callers can send it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void r2745_everyOperationHasASoapAction(String operation) {
        assertThat(soapOperation(operation).getAttribute("soapAction")).isEqualTo(ContractFiles.NAMESPACE + ":" + operation);
    }

    @Test
    void soapActionsAreUniqueAcrossOperations() {
        assertThat(wsdl.operationNames().stream().map(name -> soapOperation(name).getAttribute("soapAction")))
                .doesNotHaveDuplicates();
    }

    /** R2105: schemas inside wsdl:types have a target namespace unless they only import. */
    @Test
    void r2105_schemasInTypesHaveATargetNamespaceOrOnlyImport() {
        Element types = Dom.child(wsdl.definitions(), WSDL, "types").orElseThrow();
        assertThat(Dom.children(types, XSD, "schema")).isNotEmpty().allSatisfy(schema ->
                assertThat(schema.hasAttribute("targetNamespace")
                        || Dom.childElements(schema).stream().allMatch(child -> XSD.equals(child.getNamespaceURI())
                                && (child.getLocalName().equals("import") || child.getLocalName().equals("annotation"))))
                        .isTrue());
    }

    /** R2001, R2003: schemas come in by xs:import inside wsdl:types, never by wsdl:import. */
    @Test
    void r2003_schemasAreImportedInsideTypesNotByWsdlImport() {
        assertThat(Dom.children(wsdl.definitions(), WSDL, "import")).isEmpty();
        Element types = Dom.child(wsdl.definitions(), WSDL, "types").orElseThrow();
        assertThat(Dom.descendants(types, XSD, "import")).isNotEmpty()
                .allSatisfy(xsImport -> assertThat(xsImport.getAttribute("namespace")).isEqualTo(ContractFiles.NAMESPACE));
    }

    private Element bindingOperation(String operation) {
        return wsdl.bindingOperation(operation).orElseThrow(() -> new AssertionError("operation " + operation + " is not bound"));
    }

    private Element soapOperation(String operation) {
        return Dom.child(bindingOperation(operation), WSDL_SOAP, "operation")
                .orElseThrow(() -> new AssertionError("no soap:operation for " + operation));
    }
}
