package dev.passerelle.contracttests.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contracttests.support.ContractFiles;
import dev.passerelle.contracttests.support.Dom;
import dev.passerelle.contracttests.support.SecureXml;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The golden files cover the whole contract, and nothing else lies in the golden folder unchecked. */
class GoldenCoverageTest {

    private final Element definitions = SecureXml.parse(ContractFiles.wsdl()).getDocumentElement();

    @Test
    void everyOperationHasAGoldenRequestAndResponse() {
        List<String> operations = Dom.descendants(definitions, Dom.WSDL, "portType").stream()
                .flatMap(portType -> Dom.children(portType, Dom.WSDL, "operation").stream())
                .map(operation -> operation.getAttribute("name"))
                .toList();

        assertThat(namesOf(GoldenCase.Kind.REQUEST)).containsExactlyInAnyOrderElementsOf(operations);
        assertThat(namesOf(GoldenCase.Kind.RESPONSE)).containsExactlyInAnyOrderElementsOf(operations);
    }

    @Test
    void everyFaultOfTheContractHasAGoldenEnvelope() {
        List<String> faults = Dom.descendants(definitions, Dom.WSDL, "fault").stream()
                .map(fault -> fault.getAttribute("name"))
                .distinct()
                .toList();

        assertThat(faults).hasSize(7);
        assertThat(namesOf(GoldenCase.Kind.FAULT)).containsExactlyInAnyOrderElementsOf(faults);
    }

    @Test
    void everyFileInTheGoldenFolderIsChecked() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource("golden").toURI());
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(folder)) {
            onDisk = files.filter(Files::isRegularFile)
                    .map(file -> "golden/" + folder.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(
                GoldenCatalogue.all().stream().map(GoldenCase::resource).toList());
    }

    private static List<String> namesOf(GoldenCase.Kind kind) {
        return GoldenCatalogue.all().stream()
                .filter(golden -> golden.kind() == kind)
                .map(golden -> golden.resource().replaceAll(".*/(\\w+)\\.xml", "$1"))
                .toList();
    }
}
