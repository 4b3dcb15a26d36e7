package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contracttests.support.ContractFiles;
import dev.passerelle.contracttests.support.Dom;
import dev.passerelle.contracttests.support.SecureXml;
import dev.passerelle.contracttests.support.Similarity;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xmlunit.diff.Diff;

/**
 * The endpoint publishes the contract at {@code ?wsdl}: the same WSDL and the same schemas as the
 * published files, except for the addresses a server rewrites (its own location, schema locations).
 */
@ExtendWith(ConformanceExtension.class)
class WsdlPublicationConformanceTest {

    @Test
    void servedWsdlIsEquivalentToThePublishedOne(ConformanceTarget target) {
        Document served = SoapCaller.get(URI.create(target.endpoint() + "?wsdl"));
        Document published = SecureXml.parse(ContractFiles.wsdl());

        assertEquivalent("the WSDL served at ?wsdl", published, served);
    }

    @Test
    void schemasReachedFromTheServedWsdlAreThePublishedOnes(ConformanceTarget target) {
        Document served = SoapCaller.get(URI.create(target.endpoint() + "?wsdl"));
        Document published = SecureXml.parse(ContractFiles.wsdl());

        List<String> compared = new ArrayList<>();
        compareImportedSchemas(published, served, compared);

        assertThat(compared).containsExactlyInAnyOrderElementsOf(
                ContractFiles.schemaFiles().stream().map(ContractFiles::fileName).toList());
    }

    @Test
    void servedWsdlAdvertisesTheEndpointItselfAsTheServiceAddress(ConformanceTarget target) {
        Document served = SoapCaller.get(URI.create(target.endpoint() + "?wsdl"));
        List<Element> addresses = Dom.descendants(served, Dom.WSDL_SOAP, "address");
        assertThat(addresses).hasSize(1);
        assertThat(URI.create(addresses.get(0).getAttribute("location")).getPath()).isEqualTo(target.endpoint().getPath());
    }

    /** Walks the imports and includes of both trees in step, comparing each pair of schema documents. */
    private static void compareImportedSchemas(Document published, Document served, List<String> compared) {
        List<Element> publishedReferences = references(published);
        List<Element> servedReferences = references(served);
        assertThat(servedReferences).as("schema imports and includes of %s", served.getDocumentURI())
                .hasSameSizeAs(publishedReferences);
        for (int i = 0; i < publishedReferences.size(); i++) {
            URI publishedUri = resolve(published, publishedReferences.get(i));
            String name = publishedUri.toString().substring(publishedUri.toString().lastIndexOf('/') + 1);
            if (compared.contains(name)) {
                continue;
            }
            compared.add(name);
            Document publishedSchema = SecureXml.parse(toUrl(publishedUri));
            Document servedSchema = SoapCaller.get(resolve(served, servedReferences.get(i)));
            assertEquivalent("schema " + name + " served at " + servedSchema.getDocumentURI(), publishedSchema, servedSchema);
            compareImportedSchemas(publishedSchema, servedSchema, compared);
        }
    }

    private static List<Element> references(Document document) {
        return Dom.descendants(document, Dom.XSD, "import", "include").stream()
                .filter(reference -> reference.hasAttribute("schemaLocation"))
                .toList();
    }

    private static URI resolve(Document document, Element reference) {
        try {
            return new java.net.URL(new java.net.URL(document.getDocumentURI()), reference.getAttribute("schemaLocation")).toURI();
        } catch (java.net.MalformedURLException | java.net.URISyntaxException e) {
            throw new AssertionError("bad schemaLocation in " + document.getDocumentURI(), e);
        }
    }

    private static java.net.URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertEquivalent(String what, Document published, Document served) {
        Diff diff = Similarity.diffIgnoringOrderAnd(published, served, WsdlPublicationConformanceTest::isRewrittenAddress);
        assertThat(diff.hasDifferences()).as("%s differs from the published contract: %s", what, diff.fullDescription()).isFalse();
    }

    private static boolean isRewrittenAddress(Attr attribute) {
        String name = attribute.getLocalName();
        Element owner = attribute.getOwnerElement();
        return name.equals("schemaLocation")
                || name.equals("location") && Dom.WSDL_SOAP.equals(owner.getNamespaceURI()) && owner.getLocalName().equals("address");
    }
}
