package dev.passerelle.contracttests.golden;

import static dev.passerelle.contracttests.golden.Parties.LEMOINE_KEY;
import static dev.passerelle.contracttests.golden.Values.NOW;
import static dev.passerelle.contracttests.golden.Values.amount;
import static dev.passerelle.contracttests.golden.Values.date;
import static dev.passerelle.contracttests.golden.Values.page;
import static dev.passerelle.contracttests.golden.Values.pageInfo;
import static dev.passerelle.contracttests.golden.Values.period;

import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.contract.v1.DocumentTypeTotal;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetInvoicesResponse;
import dev.passerelle.contract.v1.GetLedgerEntries;
import dev.passerelle.contract.v1.GetLedgerEntriesResponse;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.GetSolvencyResponse;
import dev.passerelle.contract.v1.GetTotals;
import dev.passerelle.contract.v1.GetTotalsResponse;
import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.contract.v1.LedgerEntry;
import dev.passerelle.contract.v1.RiskAction;
import dev.passerelle.contract.v1.Solvency;

/**
 * The Java side of the golden money queries (GetSolvency, GetTotals, GetInvoices, GetLedgerEntries)
 * on the French customer. The figures agree with each other: one invoice of 1,980.00 partly paid
 * (850.00) and overdue, one of 2,249.68 not yet posted.
 */
final class LedgerFixtures {

    private LedgerFixtures() {
    }

    static GetSolvency solvencyRequest() {
        GetSolvency request = new GetSolvency();
        request.setAccountKey(LEMOINE_KEY);
        return request;
    }

    static GetSolvencyResponse solvencyResponse() {
        Solvency solvency = new Solvency();
        solvency.setAccountKey(LEMOINE_KEY);
        solvency.setAccountCode("CLEMOINE");
        solvency.setCurrency("EUR");
        solvency.setAccountingBalance(amount("1130.00"));
        solvency.setOpenOrders(amount("916.38"));
        solvency.setOpenDeliveryNotes(amount("0.00"));
        solvency.setUnpostedInvoices(amount("2249.68"));
        solvency.setCommercialBalance(amount("4296.06"));
        solvency.setCreditLimit(amount("15000.00"));
        solvency.setCreditAvailable(amount("10703.94"));
        solvency.setOverdueAmount(amount("1130.00"));
        solvency.setRiskCode("R1");
        solvency.setRiskLabel("Risque faible");
        solvency.setRiskAction(RiskAction.DELIVER);
        solvency.setAsOf(NOW);
        GetSolvencyResponse response = new GetSolvencyResponse();
        response.setSolvency(solvency);
        return response;
    }

    static GetTotals totalsRequest() {
        GetTotals request = new GetTotals();
        request.setAccountKey(LEMOINE_KEY);
        request.setPeriod(period("2026-01-01", "2026-11-23"));
        return request;
    }

    static GetTotalsResponse totalsResponse() {
        GetTotalsResponse response = new GetTotalsResponse();
        response.setAccountKey(LEMOINE_KEY);
        response.setCurrency("EUR");
        response.setPeriod(period("2026-01-01", "2026-11-23"));
        response.getTotal().add(total(DocumentType.ORDER, 14, "21480.00", "22661.40"));
        response.getTotal().add(total(DocumentType.DELIVERY_NOTE, 13, "20611.40", "21745.03"));
        response.getTotal().add(total(DocumentType.INVOICE, 12, "19950.00", "21047.25"));
        response.getTotal().add(total(DocumentType.CREDIT_NOTE, 1, "-420.00", "-443.10"));
        response.setRevenueThisYear(amount("19530.00"));
        response.setRevenueLastYear(amount("23115.60"));
        return response;
    }

    static GetInvoices invoicesRequest() {
        GetInvoices request = new GetInvoices();
        request.setAccount(account());
        request.setPeriod(period("2026-09-01", null));
        request.setUnpaidOnly(true);
        request.setPage(page(1, 20));
        return request;
    }

    static GetInvoicesResponse invoicesResponse() {
        GetInvoicesResponse response = new GetInvoicesResponse();
        response.getInvoice().add(invoice("DOC-INV-01243", "FA2026-01243", "2026-11-15", "2026-12-31", false,
                "2132.40", "2249.68", "0.00"));
        response.getInvoice().add(invoice("DOC-INV-01187", "FA2026-01187", "2026-10-31", "2026-11-20", true,
                "1876.78", "1980.00", "850.00"));
        response.setPageInfo(pageInfo(1, 20, 2));
        return response;
    }

    static GetLedgerEntries ledgerRequest() {
        GetLedgerEntries request = new GetLedgerEntries();
        request.setAccountKey(LEMOINE_KEY);
        request.setPeriod(period("2026-10-01", "2026-11-23"));
        request.setUnletteredOnly(false);
        request.setPage(page(1, 50));
        return request;
    }

    static GetLedgerEntriesResponse ledgerResponse() {
        GetLedgerEntriesResponse response = new GetLedgerEntriesResponse();
        LedgerEntry payment = entry("LE-2026-048211", "BQ1", "2026-11-05", "RG2026-0318", null,
                "Règlement partiel FA2026-01187", "0.00", "850.00", null);
        response.getEntry().add(payment);
        LedgerEntry invoice = entry("LE-2026-047560", "VTE", "2026-10-31", "FA2026-01187", "FA2026-01187",
                "Boulangeries Lemoine - facture FA2026-01187", "1980.00", "0.00", "2026-11-20");
        response.getEntry().add(invoice);
        response.setPageInfo(pageInfo(1, 50, 2));
        return response;
    }

    static AccountQuery account() {
        AccountQuery query = new AccountQuery();
        query.setAccountKey(LEMOINE_KEY);
        return query;
    }

    private static DocumentTypeTotal total(DocumentType type, int count, String net, String gross) {
        DocumentTypeTotal total = new DocumentTypeTotal();
        total.setDocumentType(type);
        total.setDocumentCount(count);
        total.setNetAmount(amount(net));
        total.setGrossAmount(amount(gross));
        return total;
    }

    private static Invoice invoice(String key, String number, String date, String due, boolean posted,
            String net, String gross, String paid) {
        Invoice invoice = new Invoice();
        invoice.setDocumentKey(key);
        invoice.setNumber(number);
        invoice.setDate(date(date));
        invoice.setDueDate(date(due));
        invoice.setPosted(posted);
        invoice.setCurrency("EUR");
        invoice.setNetAmount(amount(net));
        invoice.setGrossAmount(amount(gross));
        invoice.setPaidAmount(amount(paid));
        invoice.setRemainingAmount(amount(gross).subtract(amount(paid)));
        return invoice;
    }

    private static LedgerEntry entry(String key, String journal, String date, String piece, String documentNumber,
            String label, String debit, String credit, String due) {
        LedgerEntry entry = new LedgerEntry();
        entry.setEntryKey(key);
        entry.setJournal(journal);
        entry.setDate(date(date));
        entry.setPiece(piece);
        entry.setDocumentNumber(documentNumber);
        entry.setLabel(label);
        entry.setDebit(amount(debit));
        entry.setCredit(amount(credit));
        entry.setDueDate(due == null ? null : date(due));
        return entry;
    }
}
