package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.passerelle.contract.v1.DateRange;
import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.DocumentLine;
import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.contract.v1.GetDocument;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocumentLinesResponse;
import dev.passerelle.contract.v1.GetDocumentResponse;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetDocumentsResponse;
import dev.passerelle.contract.v1.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentsTest {

    private static final String ALL_NEWEST_FIRST = "BL001 FA004 BC001 FA003 DE002 DE001 AV001 FA002 FA001 FAOLD";

    private static RtdvFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new RtdvFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static GetDocumentsResponse documents(List<DocumentType> types, DateRange period, String search, PageRequest page)
            throws Exception {
        GetDocuments request = new GetDocuments();
        request.setAccount(fixture.account("DUPONT"));
        request.getDocumentType().addAll(types);
        request.setPeriod(period);
        request.setSearch(search);
        request.setPage(page);
        return fixture.client.getDocuments(request);
    }

    private static List<String> numbers(GetDocumentsResponse answer) {
        return answer.getDocument().stream().map(DocumentHeader::getNumber).toList();
    }

    private static String[] split(String numbers) {
        return numbers.isEmpty() ? new String[0] : numbers.split(" ");
    }

    @Test
    void listsEveryDocumentNewestFirstAndTheLaterOfTwoSameDayDocumentsFirst() throws Exception {
        GetDocumentsResponse answer = documents(List.of(), null, null, null);

        assertThat(numbers(answer)).containsExactly(split(ALL_NEWEST_FIRST));
        assertThat(answer.getPageInfo().getTotalCount()).isEqualTo(10);
    }

    @Test
    void aHeaderCarriesTypeDatesReferenceCustomerNameCurrencyAndAmounts() throws Exception {
        DocumentHeader order = documents(List.of(DocumentType.ORDER), null, null, null).getDocument().get(0);

        assertThat(order.getDocumentKey()).isEqualTo(fixture.documentKey("BC001"));
        assertThat(order.getType()).isEqualTo(DocumentType.ORDER);
        assertThat(order.getDate()).isEqualTo(LocalDate.parse("2026-06-05"));
        assertThat(order.getDeliveryDate()).isEqualTo(LocalDate.parse("2026-06-20"));
        assertThat(order.getReference()).isEqualTo("Projet Atlas");
        assertThat(order.getCustomerName()).isEqualTo("Dupont SA");
        assertThat(order.getCurrency()).isEqualTo("EUR");
        assertThat(order.getNetAmount()).isEqualByComparingTo("2000.00");
        assertThat(order.getGrossAmount()).isEqualByComparingTo("2400.00");
    }

    @ParameterizedTest(name = "types {0}")
    @CsvSource(delimiter = '|', value = {
        "ORDER DELIVERY_NOTE | BL001 BC001",
        "QUOTE               | DE002 DE001",
        "CREDIT_NOTE INVOICE | FA004 FA003 AV001 FA002 FA001 FAOLD",
        "RETURN PURCHASE     | ''"})
    void documentTypesFilter(String types, String expected) throws Exception {
        List<DocumentType> asked = List.of(types.split(" ")).stream().map(DocumentType::valueOf).toList();

        assertThat(numbers(documents(asked, null, null, null))).containsExactly(split(expected));
    }

    @ParameterizedTest(name = "search \"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "atlas       | BC001",
        "fa00        | FA004 FA003 FA002 FA001",
        "COMMANDE 77 | FA001",
        "0%          | DE001",
        "dupont      | " + ALL_NEWEST_FIRST,
        "'   '       | " + ALL_NEWEST_FIRST,
        "Martin      | ''"})
    void searchFindsTextInTheNumberReferenceOrCustomerNameIgnoringCase(String search, String expected) throws Exception {
        assertThat(numbers(documents(List.of(), null, search, null))).containsExactly(split(expected));
    }

    @Test
    void typesPeriodSearchAndPagingCombine() throws Exception {
        GetDocumentsResponse answer = documents(List.of(DocumentType.INVOICE), RtdvFixture.range("2025-01-01", "2026-12-31"),
                "fa", RtdvFixture.page(2, 2));

        assertThat(numbers(answer)).containsExactly("FA002", "FA001");
        assertThat(answer.getPageInfo().getTotalCount()).isEqualTo(4);
        assertThat(answer.getPageInfo().isMore()).isFalse();
    }

    @Test
    void oneDocumentComesWithItsAccountAndItsLinesInOrder() throws Exception {
        GetDocument request = new GetDocument();
        request.setDocumentKey(fixture.documentKey("FA001"));

        GetDocumentResponse answer = fixture.client.getDocument(request);

        assertThat(answer.getAccountKey()).isEqualTo(fixture.accountKey("DUPONT"));
        assertThat(answer.getHeader().getNumber()).isEqualTo("FA001");
        assertThat(answer.getHeader().getReference()).isEqualTo("Commande 77");
        assertThat(answer.getLine())
                .extracting(DocumentLine::getLineNumber, DocumentLine::getItemReference, DocumentLine::getDescription,
                        line -> line.getQuantity().intValue(), line -> line.getUnitPrice().intValue(),
                        line -> line.getDiscountPercent() == null ? null : line.getDiscountPercent().intValue(),
                        line -> line.getNetAmount().intValue(), line -> line.getGrossAmount().intValue())
                .containsExactly(
                        tuple(1, "ART1", "Bureau", 2, 100, null, 200, 240),
                        tuple(2, "ART2", "Chaise", 1, 50, 10, 45, 54));
        assertThat(answer.getLine()).allSatisfy(line -> {
            assertThat(line.getDocumentKey()).isEqualTo(answer.getHeader().getDocumentKey());
            assertThat(line.getDocumentType()).isEqualTo(DocumentType.INVOICE);
            assertThat(line.getDocumentNumber()).isEqualTo("FA001");
            assertThat(line.getDocumentDate()).isEqualTo(LocalDate.parse("2025-11-10"));
        });
    }

    private static GetDocumentLinesResponse lines(List<DocumentType> types, DateRange period, String number, String item,
            PageRequest page) throws Exception {
        GetDocumentLines request = new GetDocumentLines();
        request.setAccount(fixture.account("DUPONT"));
        request.getDocumentType().addAll(types);
        request.setPeriod(period);
        request.setDocumentNumber(number);
        request.setItemReference(item);
        request.setPage(page);
        return fixture.client.getDocumentLines(request);
    }

    private static List<String> lineIds(GetDocumentLinesResponse answer) {
        return answer.getLine().stream().map(line -> line.getDocumentNumber() + "/" + line.getLineNumber()).toList();
    }

    @Test
    void linesComeNewestDocumentFirstAndInOrderWithinADocument() throws Exception {
        GetDocumentLinesResponse answer = lines(List.of(), null, null, null, null);

        assertThat(lineIds(answer)).containsExactly("BL001/1", "FA004/1", "BC001/1", "FA003/1", "DE002/1", "DE001/1", "AV001/1",
                "FA002/1", "FA001/1", "FA001/2", "FAOLD/1");
        assertThat(answer.getPageInfo().getTotalCount()).isEqualTo(11);
    }

    @ParameterizedTest(name = "types {0}, period {1}..{2}, number {3}, item {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-     | -          | -          | FA001 | -    | FA001/1 FA001/2",
        "-     | -          | -          | -     | ART1 | FA004/1 AV001/1 FA002/1 FA001/1",
        "QUOTE | -          | -          | -     | -    | DE002/1 DE001/1",
        "-     | 2026-06-01 | 2026-06-10 | -     | -    | FA004/1 BC001/1 FA003/1",
        "-     | 2026-01-01 | -          | -     | ART1 | FA004/1 AV001/1 FA002/1",
        "ORDER | -          | -          | FA001 | -    | ''",
        "-     | -          | -          | -     | ART9 | ''"})
    void lineFiltersByTypeDateDocumentNumberAndItemReference(String types, String from, String to, String number, String item,
            String expected) throws Exception {
        List<DocumentType> asked = types == null ? List.of() : List.of(DocumentType.valueOf(types));

        assertThat(lineIds(lines(asked, RtdvFixture.range(from, to), number, item, null))).containsExactly(split(expected));
    }

    @Test
    void linesArePagedLikeTheOtherLists() throws Exception {
        GetDocumentLinesResponse answer = lines(List.of(), null, null, null, RtdvFixture.page(3, 5));

        assertThat(lineIds(answer)).containsExactly("FAOLD/1");
        assertThat(answer.getPageInfo().getTotalCount()).isEqualTo(11);
        assertThat(answer.getPageInfo().isMore()).isFalse();
    }
}
