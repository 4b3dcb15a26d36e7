package dev.passerelle.contracttests.wsdl;

import static dev.passerelle.contracttests.support.Dom.WSDL;
import static dev.passerelle.contracttests.support.Dom.WSDL_SOAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.contracttests.support.ContractFiles;
import dev.passerelle.contracttests.support.ContractSchema;
import dev.passerelle.contracttests.support.Dom;
import dev.passerelle.contracttests.support.SecureXml;
import java.net.URL;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** The contract files parse, compile and have the shape the README gives them ("The contract, for integrators"). */
class ContractStructureTest {

    /** The operations the contract publishes; it must carry exactly these. */
    static final List<String> DESIGN_OPERATIONS = List.of(
            "GetServiceInfo", "GetChanges", "ApplyChanges", "GetSolvency", "GetTotals",
            "GetInvoices", "GetLedgerEntries", "GetDocuments", "GetDocument", "GetDocumentLines", "WaitForChanges");

    private final WsdlDocument wsdl = WsdlDocument.published();

    static Stream<Arguments> schemaFiles() {
        return ContractFiles.schemaFiles().stream().map(url -> Arguments.of(ContractFiles.fileName(url), url));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void everySchemaFileIsWellFormedXmlSchema(String name, URL file) {
        Element root = SecureXml.parse(file).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(Dom.XSD);
        assertThat(root.getLocalName()).isEqualTo("schema");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void everySchemaFileCompilesOnItsOwnWithSecureProcessing(String name, URL file) {
        assertThatCode(() -> ContractSchema.compile(file)).doesNotThrowAnyException();
    }

    @Test
    void theWsdlReachesTheRootSchemaAndItsThreeParts() {
        assertThat(ContractFiles.schemaFiles()).map(ContractFiles::fileName).containsExactlyInAnyOrder(
                "passerelle-v1.xsd", "passerelle-v1-common.xsd", "passerelle-v1-sync.xsd", "passerelle-v1-rtdv.xsd");
        assertThat(ContractFiles.fileName(ContractFiles.rootSchema())).isEqualTo("passerelle-v1.xsd");
    }

    @Test
    void theWholeContractSchemaCompiles() {
        assertThat(ContractSchema.schema()).isNotNull();
    }

    @Test
    void wsdlIsValidAgainstTheWsdl11AndSoapBindingSchemas() throws Exception {
        // The WSDL 1.1 schema (2004-08-24 revision) and its SOAP binding schema, as shipped in cxf-core.
        ClassLoader loader = getClass().getClassLoader();
        Schema wsdlSchema = SecureXml.schemaFactory().newSchema(new StreamSource[] {
            new StreamSource(loader.getResource("schemas/wsdl/wsdl.xsd").toExternalForm()),
            new StreamSource(loader.getResource("schemas/wsdl/soap-binding.xsd").toExternalForm())});

        assertThatCode(() -> wsdlSchema.newValidator().validate(
                new javax.xml.transform.dom.DOMSource(wsdl.document(), ContractFiles.wsdl().toExternalForm())))
                .doesNotThrowAnyException();
    }

    @Test
    void wsdlTargetNamespaceIsTheVersionedContractNamespace() {
        assertThat(wsdl.definitions().getAttribute("targetNamespace"))
                .isEqualTo(ContractFiles.NAMESPACE)
                .matches("urn:passerelle:erp:v[0-9]+");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void everySchemaFileSharesTheContractNamespace(String name, URL file) {
        Element schema = SecureXml.parse(file).getDocumentElement();
        assertThat(schema.getAttribute("targetNamespace")).as(name).isEqualTo(ContractFiles.NAMESPACE);
        assertThat(schema.getAttribute("elementFormDefault")).as(name).isEqualTo("qualified");
    }

    @Test
    void wsdlDeclaresExactlyTheTenOperationsOfTheDesign() {
        assertThat(wsdl.operationNames()).containsExactlyInAnyOrderElementsOf(DESIGN_OPERATIONS);
    }

    @Test
    void wsdlHasOnePortTypeOneBindingAndOneService() {
        assertThat(wsdl.portTypes()).hasSize(1);
        assertThat(wsdl.bindings()).hasSize(1);
        assertThat(wsdl.services()).hasSize(1);
    }

    @Test
    void serviceExposesOneSoap11PortOnTheBinding() {
        List<Element> ports = Dom.children(wsdl.services().get(0), WSDL, "port");
        assertThat(ports).hasSize(1);
        Element port = ports.get(0);
        String bindingName = wsdl.bindings().get(0).getAttribute("name");
        assertThat(Dom.qname(port, port.getAttribute("binding")).getLocalPart()).isEqualTo(bindingName);
        assertThat(Dom.child(port, WSDL_SOAP, "address")).as("soap:address (SOAP 1.1)").isPresent();
    }

    @Test
    void bindingReferencesAPolicyThatExistsAndDeclaresAUsernameToken() {
        Element binding = wsdl.bindings().get(0);
        List<Element> references = Dom.children(binding, WsPolicy.NAMESPACE, "PolicyReference");
        assertThat(references).as("wsp:PolicyReference on the binding").hasSize(1);

        Element policy = WsPolicy.resolve(wsdl.document(), references.get(0).getAttribute("URI"));

        assertThat(Dom.descendants(policy, WsPolicy.SECURITY_POLICY, "SupportingTokens")).isNotEmpty();
        List<Element> tokens = Dom.descendants(policy, WsPolicy.SECURITY_POLICY, "UsernameToken");
        assertThat(tokens).as("sp:UsernameToken in the policy").hasSize(1);
        assertThat(Dom.descendants(tokens.get(0), WsPolicy.SECURITY_POLICY, "WssUsernameToken10")).isNotEmpty();
        assertThat(tokens.get(0).getAttributeNS(WsPolicy.SECURITY_POLICY, "IncludeToken")).endsWith("/AlwaysToRecipient");
    }
}
