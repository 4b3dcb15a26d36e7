package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contracttests.support.ContractSchema;
import dev.passerelle.contracttests.support.Dom;
import dev.passerelle.contracttests.support.SecureXml;
import dev.passerelle.contracttests.support.Soap11;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden requests, sent as they are written (with the target's credentials), are understood by
 * the endpoint: it answers the response wrapper or a fault about the data (their keys and tokens
 * belong to the golden story, not to the target ERP), never a refusal of the message itself.
 * The golden ApplyChanges batch writes to the target: a customer and whatever else its keys find.
 */
@ExtendWith(ConformanceExtension.class)
class GoldenRequestConformanceTest {

    static Stream<String> goldenRequests() throws IOException, URISyntaxException {
        Path folder = Path.of(GoldenRequestConformanceTest.class.getClassLoader().getResource("golden/requests").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString().replaceFirst("\\.xml$", "")).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenRequests")
    void goldenRequestIsUnderstoodByTheEndpoint(String operation, ConformanceTarget target) {
        Soap11 golden = Soap11.of(SecureXml.parse(getClass().getClassLoader().getResource("golden/requests/" + operation + ".xml")));
        String body = Dom.serialize(ContractSchema.standalone(golden.bodyEntry()).getDocumentElement());

        Exchange exchange = target.caller().callWithBody(operation, body);

        exchange.assertValid();
        exchange.assertSoap11ContentType();
        if (exchange.isFault()) {
            assertThat(exchange.envelope().faultDetail().getLocalName()).as("fault answered: %s", exchange.faultSummary())
                    .isIn("UnknownRecordFault", "ExpiredTokenFault");
        } else {
            assertThat(exchange.httpStatus()).isEqualTo(200);
            assertThat(exchange.envelope().bodyEntry().getLocalName()).isEqualTo(operation + "Response");
        }
    }
}
