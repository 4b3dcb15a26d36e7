package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.DateRange;
import dev.passerelle.contract.v1.GetLedgerEntries;
import dev.passerelle.contract.v1.GetLedgerEntriesResponse;
import dev.passerelle.contract.v1.LedgerEntry;
import dev.passerelle.contract.v1.PageRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LedgerEntriesTest {

    private static RtdvFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new RtdvFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static GetLedgerEntriesResponse entries(DateRange period, Boolean unletteredOnly, PageRequest page) throws Exception {
        GetLedgerEntries request = new GetLedgerEntries();
        request.setAccountKey(fixture.accountKey("DUPONT"));
        request.setPeriod(period);
        request.setUnletteredOnly(unletteredOnly);
        request.setPage(page);
        return fixture.client.getLedgerEntries(request);
    }

    @Test
    void listsEveryEntryOfTheAccountNewestFirst() throws Exception {
        GetLedgerEntriesResponse answer = entries(null, null, null);

        assertThat(answer.getEntry()).extracting(LedgerEntry::getPiece)
                .containsExactly("VTE-FA003", "VTE-AV001", "BQ-FA002", "VTE-FA002", "VTE-FA001", "BQ-FAOLD", "VTE-FAOLD");
        assertThat(answer.getPageInfo().getTotalCount()).isEqualTo(7);
    }

    @Test
    void anEntryCarriesJournalDateDocumentLabelAmountsDueDateAndLettering() throws Exception {
        LedgerEntry settled = entries(RtdvFixture.range("2024-12-20", "2024-12-20"), null, null).getEntry().get(0);

        assertThat(settled.getJournal()).isEqualTo("VTE");
        assertThat(settled.getDate()).isEqualTo(LocalDate.parse("2024-12-20"));
        assertThat(settled.getDocumentNumber()).isEqualTo("FAOLD");
        assertThat(settled.getLabel()).isEqualTo("Facture FAOLD");
        assertThat(settled.getDebit()).isEqualByComparingTo("840.00");
        assertThat(settled.getCredit()).isEqualByComparingTo("0");
        assertThat(settled.getDueDate()).isEqualTo(LocalDate.parse("2025-01-19"));
        assertThat(settled.getLettering()).isEqualTo("AAA");
        assertThat(settled.getEntryKey()).matches("[0-9]+");
    }

    @Test
    void unletteredOnlyLeavesOutSettledEntries() throws Exception {
        assertThat(entries(null, true, null).getEntry()).extracting(LedgerEntry::getPiece)
                .containsExactly("VTE-FA003", "VTE-AV001", "BQ-FA002", "VTE-FA002", "VTE-FA001");
    }

    @Test
    void aPeriodAndAPageCombine() throws Exception {
        GetLedgerEntriesResponse answer = entries(RtdvFixture.range("2026-01-01", null), null, RtdvFixture.page(2, 3));

        assertThat(answer.getEntry()).extracting(LedgerEntry::getPiece).containsExactly("VTE-FA002");
        assertThat(answer.getPageInfo().getTotalCount()).isEqualTo(4);
        assertThat(answer.getPageInfo().isMore()).isFalse();
    }

    @Test
    void emptyLetteringAndDocumentNumberAreAnsweredAsAbsentSinceCodesCannotBeEmpty() throws Exception {
        fixture.server.database().jdbi().useHandle(handle -> handle.execute("INSERT INTO ledger_entry (account_id, journal,"
                + " entry_date, piece, document_number, label, debit, credit, due_date, lettering) SELECT id, 'OD', '2026-01-02',"
                + " 'OD-1', '', N'Opening balance', 10.00, 0, NULL, '' FROM account WHERE code = 'EMPTY'"));
        GetLedgerEntries request = new GetLedgerEntries();
        request.setAccountKey(fixture.accountKey("EMPTY"));

        LedgerEntry entry = fixture.client.getLedgerEntries(request).getEntry().get(0);

        assertThat(entry.getPiece()).isEqualTo("OD-1");
        assertThat(entry.getLettering()).isNull();
        assertThat(entry.getDocumentNumber()).isNull();
    }
}
