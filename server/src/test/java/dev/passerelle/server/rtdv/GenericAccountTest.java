package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.DocumentLine;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.Invoice;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A prospect attached to the generic account DIVERS sees only the documents printed with its name. */
class GenericAccountTest {

    private static RtdvFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new RtdvFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static List<String> documents(String prefix) throws Exception {
        GetDocuments request = new GetDocuments();
        request.setAccount(fixture.account("DIVERS", prefix));
        return fixture.client.getDocuments(request).getDocument().stream().map(DocumentHeader::getNumber).toList();
    }

    @ParameterizedTest(name = "prefix \"{0}\"")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-        | BC101 FA103 FA102 FA101",
        "Martin   | BC101 FA102 FA101",
        "MARTIN S | FA101",
        "Bern     | FA103",
        "Martin_  | ''",
        "artin    | ''"})
    void documentsAreThoseWhoseCustomerNameStartsWithThePrefixIgnoringCase(String prefix, String expected) throws Exception {
        assertThat(documents(prefix)).containsExactly(expected.isEmpty() ? new String[0] : expected.split(" "));
    }

    @Test
    void invoicesAndLinesFollowThePrefixToo() throws Exception {
        GetInvoices invoices = new GetInvoices();
        invoices.setAccount(fixture.account("DIVERS", "martin"));
        GetDocumentLines lines = new GetDocumentLines();
        lines.setAccount(fixture.account("DIVERS", "Bernard"));

        assertThat(fixture.client.getInvoices(invoices).getInvoice()).extracting(Invoice::getNumber)
                .containsExactly("FA102", "FA101");
        assertThat(fixture.client.getDocumentLines(lines).getLine()).extracting(DocumentLine::getDocumentNumber)
                .containsExactly("FA103");
    }
}
