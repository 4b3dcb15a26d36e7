package dev.passerelle.contracttests.wsdl;

import static dev.passerelle.contracttests.support.Dom.WSDL;
import static dev.passerelle.contracttests.support.Dom.XSD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contracttests.support.ContractFiles;
import dev.passerelle.contracttests.support.Dom;
import dev.passerelle.contracttests.support.SecureXml;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.namespace.QName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Client generators with default settings (Metro's wsimport, CXF's wsdl2java) map each operation in
 * wrapper style: the children of the request and of the response wrapper all become parameters of one
 * Java method. A name in both wrappers becomes one in/out holder when both have the same type, and
 * stops the generator ("duplicate parameter name") when they differ. Version 1 once shipped that trap
 * (a request {@code page} and a response {@code page} of another type); these checks keep it out.
 */
class WrapperStyleTest {

    /** The names a response echoes from its request on purpose; default clients see in/out holders. */
    private static final Map<String, Set<String>> ECHOED = Map.of(
            "GetChanges", Set.of("entity"),
            "ApplyChanges", Set.of("batchId"),
            "GetTotals", Set.of("accountKey", "period"));

    private final WsdlDocument wsdl = WsdlDocument.published();

    static Stream<Arguments> operations() {
        return ContractStructureTest.DESIGN_OPERATIONS.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void aNameInBothWrappersHasOneType(String operation) {
        Map<String, QName> request = wrapperChildren(operation, "input");
        Map<String, QName> response = wrapperChildren(operation, "output");

        for (String shared : shared(request, response)) {
            assertThat(response.get(shared))
                    .as("%s: '%s' is a %s in the request and a %s in the response, which default wrapper-style"
                            + " clients cannot generate", operation, shared, request.get(shared), response.get(shared))
                    .isEqualTo(request.get(shared));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void onlyTheDeliberateEchoesShareANameAcrossWrappers(String operation) {
        Set<String> shared = shared(wrapperChildren(operation, "input"), wrapperChildren(operation, "output"));

        assertThat(shared).isEqualTo(ECHOED.getOrDefault(operation, Set.of()));
    }

    private static Set<String> shared(Map<String, QName> request, Map<String, QName> response) {
        Set<String> shared = new TreeSet<>(request.keySet());
        shared.retainAll(response.keySet());
        return shared;
    }

    /** The child elements of an operation's input or output wrapper, by name, with their types. */
    private Map<String, QName> wrapperChildren(String operation, String direction) {
        Element message = wsdl.messageOf(Dom.child(wsdl.portTypeOperation(operation), WSDL, direction)
                .orElseThrow(() -> new AssertionError(operation + " has no " + direction)));
        Element wrapper = globalElement(wsdl.elementOf(message).getLocalPart());
        Element sequence = Dom.child(wrapper, XSD, "complexType").flatMap(type -> Dom.child(type, XSD, "sequence"))
                .orElseThrow(() -> new AssertionError(wrapper.getAttribute("name") + " is not a sequence wrapper"));
        Map<String, QName> children = new LinkedHashMap<>();
        for (Element child : Dom.children(sequence, XSD, "element")) {
            children.put(child.getAttribute("name"), Dom.qname(child, child.getAttribute("type")));
        }
        return children;
    }

    private static Element globalElement(String name) {
        for (URL file : ContractFiles.schemaFiles()) {
            for (Element element : Dom.children(SecureXml.parse(file).getDocumentElement(), XSD, "element")) {
                if (name.equals(element.getAttribute("name"))) {
                    return element;
                }
            }
        }
        throw new AssertionError("no global element " + name + " in the contract's schemas");
    }
}
