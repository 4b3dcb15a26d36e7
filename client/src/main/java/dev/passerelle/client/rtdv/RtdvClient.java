package dev.passerelle.client.rtdv;

import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.transport.ErpTransport;
import dev.passerelle.client.transport.FaultMapper;
import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.DateRange;
import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.contract.v1.GetDocument;
import dev.passerelle.contract.v1.GetDocumentLines;
import dev.passerelle.contract.v1.GetDocumentLinesResponse;
import dev.passerelle.contract.v1.GetDocumentResponse;
import dev.passerelle.contract.v1.GetDocuments;
import dev.passerelle.contract.v1.GetDocumentsResponse;
import dev.passerelle.contract.v1.GetInvoices;
import dev.passerelle.contract.v1.GetInvoicesResponse;
import dev.passerelle.contract.v1.GetLedgerEntries;
import dev.passerelle.contract.v1.GetLedgerEntriesResponse;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.GetTotals;
import dev.passerelle.contract.v1.GetTotalsResponse;
import dev.passerelle.contract.v1.PageRequest;
import dev.passerelle.contract.v1.Solvency;
import java.time.LocalDate;
import java.util.List;

/**
 * The CRM side of the real-time queries: one method per operation, over the integration's transport
 * (WS-Security, time-outs, retries of transient failures: the queries are idempotent). Every failure is an {@link dev.passerelle.client.transport.ErpException}
 * (mapped once by {@link FaultMapper}); asking an account-wide figure (solvency, totals, ledger) of a
 * prospect seen through a generic account is refused with {@link EngineException.BadRequest}, since
 * those figures would be the generic account's. Thread-safe as the port is.
 */
public final class RtdvClient {

    /** A page to ask for, from 1. */
    public record Page(int number, int size) {
        public static final Page FIRST = new Page(1, 50);
    }

    /** Free-text and reference filters of the document queries; null means "any". */
    public record DocumentFilter(List<DocumentType> types, LocalDate from, LocalDate to, String search,
                                 String documentNumber, String itemReference) {
        public static final DocumentFilter ALL = new DocumentFilter(List.of(), null, null, null, null, null);
    }

    private final ErpTransport transport;

    public RtdvClient(ErpTransport transport) {
        this.transport = transport;
    }

    public Solvency solvency(RtdvTarget target) {
        GetSolvency request = new GetSolvency();
        request.setAccountKey(accountWide(target, "solvency"));
        return transport.query(port -> port.getSolvency(request).getSolvency());
    }

    public GetTotalsResponse totals(RtdvTarget target, LocalDate from, LocalDate to) {
        GetTotals request = new GetTotals();
        request.setAccountKey(accountWide(target, "totals"));
        request.setPeriod(range(from, to));
        return transport.query(port -> port.getTotals(request));
    }

    public GetInvoicesResponse invoices(RtdvTarget target, LocalDate from, LocalDate to, boolean unpaidOnly, Page page) {
        GetInvoices request = new GetInvoices();
        request.setAccount(account(target));
        request.setPeriod(range(from, to));
        request.setUnpaidOnly(unpaidOnly ? Boolean.TRUE : null);
        request.setPage(page(page));
        return transport.query(port -> port.getInvoices(request));
    }

    public GetLedgerEntriesResponse ledger(RtdvTarget target, LocalDate from, LocalDate to, boolean unletteredOnly, Page page) {
        GetLedgerEntries request = new GetLedgerEntries();
        request.setAccountKey(accountWide(target, "ledger entries"));
        request.setPeriod(range(from, to));
        request.setUnletteredOnly(unletteredOnly ? Boolean.TRUE : null);
        request.setPage(page(page));
        return transport.query(port -> port.getLedgerEntries(request));
    }

    public GetDocumentsResponse documents(RtdvTarget target, DocumentFilter filter, Page page) {
        GetDocuments request = new GetDocuments();
        request.setAccount(account(target));
        request.getDocumentType().addAll(filter.types());
        request.setPeriod(range(filter.from(), filter.to()));
        request.setSearch(filter.search());
        request.setPage(page(page));
        return transport.query(port -> port.getDocuments(request));
    }

    public GetDocumentResponse document(String documentKey) {
        GetDocument request = new GetDocument();
        request.setDocumentKey(documentKey);
        return transport.query(port -> port.getDocument(request));
    }

    public GetDocumentLinesResponse lines(RtdvTarget target, DocumentFilter filter, Page page) {
        GetDocumentLines request = new GetDocumentLines();
        request.setAccount(account(target));
        request.getDocumentType().addAll(filter.types());
        request.setPeriod(range(filter.from(), filter.to()));
        request.setDocumentNumber(filter.documentNumber());
        request.setItemReference(filter.itemReference());
        request.setPage(page(page));
        return transport.query(port -> port.getDocumentLines(request));
    }

    private static String accountWide(RtdvTarget target, String what) {
        if (target.generic()) {
            throw new EngineException.BadRequest(target.label() + " has no ERP account of its own: its " + what
                    + " would be the generic account's; only its documents, invoices and lines can be shown");
        }
        return target.erpKey();
    }

    private static AccountQuery account(RtdvTarget target) {
        AccountQuery query = new AccountQuery();
        query.setAccountKey(target.erpKey());
        query.setNamePrefix(target.namePrefix());
        return query;
    }

    private static DateRange range(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return null;
        }
        DateRange range = new DateRange();
        range.setFrom(from);
        range.setTo(to);
        return range;
    }

    private static PageRequest page(Page page) {
        PageRequest request = new PageRequest();
        request.setPageNumber(page.number());
        request.setPageSize(page.size());
        return request;
    }
}
