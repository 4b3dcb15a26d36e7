package dev.passerelle.contracttests.wsdl;

import static dev.passerelle.contracttests.support.Dom.WSDL;
import static dev.passerelle.contracttests.support.Dom.XSD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contracttests.support.ContractFiles;
import dev.passerelle.contracttests.support.Dom;
import dev.passerelle.contracttests.support.SecureXml;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The WSDL is the integrator's reference: every component of it and of the schema is documented. */
class DocumentationTest {

    static Stream<Arguments> wsdlComponents() {
        WsdlDocument wsdl = WsdlDocument.published();
        List<Element> components = new ArrayList<>();
        components.add(wsdl.definitions());
        components.addAll(wsdl.messages());
        components.addAll(wsdl.portTypes());
        components.addAll(wsdl.portTypeOperations());
        components.addAll(wsdl.bindings());
        components.addAll(wsdl.bindingOperations());
        components.addAll(wsdl.services());
        wsdl.services().forEach(service -> components.addAll(Dom.children(service, WSDL, "port")));
        return components.stream().map(component -> Arguments.of(describe(component), component));
    }

    static Stream<Arguments> schemaComponents() {
        List<Arguments> components = new ArrayList<>();
        for (URL file : ContractFiles.schemaFiles()) {
            Element schema = SecureXml.parse(file).getDocumentElement();
            components.add(Arguments.of(ContractFiles.fileName(file) + " schema", schema));
            for (Element component : Dom.descendants(schema, XSD, "complexType", "simpleType", "element", "attribute", "enumeration")) {
                if (isNamed(component)) {
                    components.add(Arguments.of(ContractFiles.fileName(file) + " " + path(component), component));
                }
            }
        }
        return components.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wsdlComponents")
    void everyWsdlComponentIsDocumented(String component, Element element) {
        List<Element> documentation = Dom.children(element, WSDL, "documentation");
        assertThat(documentation).as(component + " wsdl:documentation").hasSize(1);
        assertThat(Dom.text(documentation.get(0))).as(component + " wsdl:documentation text").isNotBlank();
        assertThat(Dom.childElements(element).get(0)).as("wsdl:documentation comes first in " + component)
                .isSameAs(documentation.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaComponents")
    void everySchemaTypeElementAndValueIsDocumented(String component, Element element) {
        List<Element> documentation = Dom.child(element, XSD, "annotation")
                .map(annotation -> Dom.children(annotation, XSD, "documentation"))
                .orElse(List.of());
        assertThat(documentation).as(component + " xs:annotation/xs:documentation").isNotEmpty();
        assertThat(Dom.text(documentation.get(0))).as(component + " documentation text").isNotBlank();
    }

    /** Named declarations, local or global; references (ref=) are documented where they are declared. */
    private static boolean isNamed(Element component) {
        return component.hasAttribute("name") || component.getLocalName().equals("enumeration");
    }

    private static String describe(Element component) {
        String name = component.getAttribute("name");
        return "wsdl:" + component.getLocalName() + (name.isEmpty() ? "" : " " + name)
                + parentName(component);
    }

    private static String parentName(Element component) {
        Node parent = component.getParentNode();
        return parent instanceof Element element && element.hasAttribute("name") && !element.getLocalName().equals("definitions")
                ? " (in " + element.getLocalName() + " " + element.getAttribute("name") + ")"
                : "";
    }

    /** A readable path such as {@code element GetChanges/element token}. */
    private static String path(Element component) {
        List<String> steps = new ArrayList<>();
        for (Node node = component; node instanceof Element element && !element.getLocalName().equals("schema");
                node = node.getParentNode()) {
            if (element.hasAttribute("name")) {
                steps.add(0, element.getLocalName() + " " + element.getAttribute("name"));
            } else if (element.getLocalName().equals("enumeration")) {
                steps.add(0, "value " + element.getAttribute("value"));
            }
        }
        return String.join("/", steps);
    }
}
