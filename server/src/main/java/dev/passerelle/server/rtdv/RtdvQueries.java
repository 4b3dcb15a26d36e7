package dev.passerelle.server.rtdv;

import dev.passerelle.common.db.Database;
import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.DocumentLine;
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
import dev.passerelle.contract.v1.GetSolvencyResponse;
import dev.passerelle.contract.v1.GetTotals;
import dev.passerelle.contract.v1.GetTotalsResponse;
import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.contract.v1.LedgerEntry;
import dev.passerelle.server.store.RtdvRows;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * The real-time queries (RTDV) over the ERP database. Each method answers one operation of the
 * contract; it may throw {@link dev.passerelle.server.error.UnknownRecordException} (unknown or
 * non-customer account, unknown document) and {@link dev.passerelle.server.error.InvalidRequestException}
 * (missing key, bad paging or filters), which the endpoint maps to the contract's faults; anything
 * else becomes the internal-error fault. Role checks and maintenance are done by the endpoint before
 * these are called. "Today" is the injected clock's date. Read-only, stateless and thread-safe.
 */
public final class RtdvQueries {

    private final Database database;
    private final Clock clock;
    private final int maxPageSize;

    public RtdvQueries(Database database, Clock clock, int maxPageSize) {
        this.database = database;
        this.clock = clock;
        this.maxPageSize = maxPageSize;
    }

    public GetSolvencyResponse solvency(GetSolvency request) {
        String key = RequiredKey.of(request.getAccountKey(), "accountKey");
        OffsetDateTime now = OffsetDateTime.now(clock);
        GetSolvencyResponse response = new GetSolvencyResponse();
        response.setSolvency(withRows(rows -> SolvencyQuery.answer(rows, CustomerAccount.require(rows, key), now)));
        return response;
    }

    public GetTotalsResponse totals(GetTotals request) {
        String key = RequiredKey.of(request.getAccountKey(), "accountKey");
        LocalDate today = LocalDate.now(clock);
        Period period = Period.closedForTotals(request.getPeriod(), today);
        return withRows(rows -> TotalsQuery.answer(rows, CustomerAccount.require(rows, key), period, today));
    }

    public GetInvoicesResponse invoices(GetInvoices request) {
        AccountScope scope = AccountScope.of(request.getAccount());
        Period period = Period.of(request.getPeriod());
        int unpaidOnly = Boolean.TRUE.equals(request.isUnpaidOnly()) ? 1 : 0;
        Paging paging = Paging.of(request.getPage(), maxPageSize);
        PagedRows<Invoice> page = withRows(rows -> PagedRows.read(scope.accountKey(), paging,
                (account, offset, pageSize) -> rows.invoices(account, scope.namePrefixPattern(), period.from(), period.to(),
                        unpaidOnly, offset, pageSize), ContractRows::invoice));
        GetInvoicesResponse response = new GetInvoicesResponse();
        response.getInvoice().addAll(page.rows());
        response.setPageInfo(paging.info(page.totalCount()));
        return response;
    }

    public GetLedgerEntriesResponse ledgerEntries(GetLedgerEntries request) {
        String key = RequiredKey.of(request.getAccountKey(), "accountKey");
        Period period = Period.of(request.getPeriod());
        int unletteredOnly = Boolean.TRUE.equals(request.isUnletteredOnly()) ? 1 : 0;
        Paging paging = Paging.of(request.getPage(), maxPageSize);
        PagedRows<LedgerEntry> page = withRows(rows -> PagedRows.read(key, paging,
                (account, offset, pageSize) -> rows.ledgerEntries(account, period.from(), period.to(), unletteredOnly,
                        offset, pageSize), ContractRows::ledgerEntry));
        GetLedgerEntriesResponse response = new GetLedgerEntriesResponse();
        response.getEntry().addAll(page.rows());
        response.setPageInfo(paging.info(page.totalCount()));
        return response;
    }

    public GetDocumentsResponse documents(GetDocuments request) {
        AccountScope scope = AccountScope.of(request.getAccount());
        DocumentFilter filter = new DocumentFilter(DocumentFilter.types(request.getDocumentType()),
                Period.of(request.getPeriod()), DocumentFilter.searchPattern(request.getSearch()), null, null);
        Paging paging = Paging.of(request.getPage(), maxPageSize);
        PagedRows<DocumentHeader> page = withRows(rows -> PagedRows.read(scope.accountKey(), paging,
                (account, offset, pageSize) -> rows.documents(account, scope.namePrefixPattern(), filter.types(),
                        filter.period().from(), filter.period().to(), filter.searchPattern(), offset, pageSize),
                ContractRows::documentHeader));
        GetDocumentsResponse response = new GetDocumentsResponse();
        response.getDocument().addAll(page.rows());
        response.setPageInfo(paging.info(page.totalCount()));
        return response;
    }

    public GetDocumentResponse document(GetDocument request) {
        String key = RequiredKey.of(request.getDocumentKey(), "documentKey");
        return withRows(rows -> DocumentQuery.answer(rows, key));
    }

    public GetDocumentLinesResponse documentLines(GetDocumentLines request) {
        AccountScope scope = AccountScope.of(request.getAccount());
        DocumentFilter filter = new DocumentFilter(DocumentFilter.types(request.getDocumentType()),
                Period.of(request.getPeriod()), null, blankToNull(request.getDocumentNumber()),
                blankToNull(request.getItemReference()));
        Paging paging = Paging.of(request.getPage(), maxPageSize);
        PagedRows<DocumentLine> page = withRows(rows -> PagedRows.read(scope.accountKey(), paging,
                (account, offset, pageSize) -> rows.documentLines(account, scope.namePrefixPattern(), filter.types(),
                        filter.period().from(), filter.period().to(), filter.documentNumber(), filter.itemReference(),
                        offset, pageSize),
                ContractRows::documentLine));
        GetDocumentLinesResponse response = new GetDocumentLinesResponse();
        response.getLine().addAll(page.rows());
        response.setPageInfo(paging.info(page.totalCount()));
        return response;
    }

    /** Runs {@code work} on the RTDV statements of one handle, its connection released after. */
    private <T> T withRows(Function<RtdvRows, T> work) {
        return database.jdbi().withHandle(handle -> work.apply(handle.attach(RtdvRows.class)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
