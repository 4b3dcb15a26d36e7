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
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.mapper.RowMapper;

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
        response.setSolvency(database.jdbi().withHandle(handle ->
                SolvencyQuery.answer(handle, CustomerAccount.require(handle, key), now)));
        return response;
    }

    public GetTotalsResponse totals(GetTotals request) {
        String key = RequiredKey.of(request.getAccountKey(), "accountKey");
        LocalDate today = LocalDate.now(clock);
        Period period = Period.closedForTotals(request.getPeriod(), today);
        return database.jdbi().withHandle(handle ->
                TotalsQuery.answer(handle, CustomerAccount.require(handle, key), period, today));
    }

    public GetInvoicesResponse invoices(GetInvoices request) {
        AccountScope scope = AccountScope.of(request.getAccount());
        Period period = Period.of(request.getPeriod());
        boolean unpaidOnly = Boolean.TRUE.equals(request.isUnpaidOnly());
        Paging paging = Paging.of(request.getPage(), maxPageSize);
        PagedRows<Invoice> page = database.jdbi().withHandle(handle ->
                PagedRows.read(handle, "invoices", scope.accountKey(), query -> {
                    scope.defineNameCondition(query);
                    query.bindByType("from", period.from(), LocalDate.class)
                        .bindByType("to", period.to(), LocalDate.class)
                        .bind("unpaidOnly", unpaidOnly ? 1 : 0);
                }, new InvoiceMapper(), paging));
        GetInvoicesResponse response = new GetInvoicesResponse();
        response.getInvoice().addAll(page.rows());
        response.setPageInfo(paging.info(page.totalCount()));
        return response;
    }

    public GetLedgerEntriesResponse ledgerEntries(GetLedgerEntries request) {
        String key = RequiredKey.of(request.getAccountKey(), "accountKey");
        Period period = Period.of(request.getPeriod());
        boolean unletteredOnly = Boolean.TRUE.equals(request.isUnletteredOnly());
        Paging paging = Paging.of(request.getPage(), maxPageSize);
        PagedRows<LedgerEntry> page = database.jdbi().withHandle(handle ->
                PagedRows.read(handle, "ledger-entries", key, query -> query
                        .bindByType("from", period.from(), LocalDate.class)
                        .bindByType("to", period.to(), LocalDate.class)
                        .bind("unletteredOnly", unletteredOnly ? 1 : 0), new LedgerEntryMapper(), paging));
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
        PagedRows<DocumentHeader> page = read("documents", scope, filter, new DocumentHeaderMapper(), paging);
        GetDocumentsResponse response = new GetDocumentsResponse();
        response.getDocument().addAll(page.rows());
        response.setPageInfo(paging.info(page.totalCount()));
        return response;
    }

    public GetDocumentResponse document(GetDocument request) {
        String key = RequiredKey.of(request.getDocumentKey(), "documentKey");
        return database.jdbi().withHandle(handle -> DocumentQuery.answer(handle, key));
    }

    public GetDocumentLinesResponse documentLines(GetDocumentLines request) {
        AccountScope scope = AccountScope.of(request.getAccount());
        DocumentFilter filter = new DocumentFilter(DocumentFilter.types(request.getDocumentType()),
                Period.of(request.getPeriod()), null, blankToNull(request.getDocumentNumber()),
                blankToNull(request.getItemReference()));
        Paging paging = Paging.of(request.getPage(), maxPageSize);
        PagedRows<DocumentLine> page = read("document-lines", scope, filter, new DocumentLineMapper(), paging);
        GetDocumentLinesResponse response = new GetDocumentLinesResponse();
        response.getLine().addAll(page.rows());
        response.setPageInfo(paging.info(page.totalCount()));
        return response;
    }

    private <T> PagedRows<T> read(String statement, AccountScope scope, DocumentFilter filter,
            RowMapper<T> mapper, Paging paging) {
        return database.jdbi().withHandle(handle ->
                PagedRows.read(handle, statement, scope.accountKey(), query -> filter.bind(query, scope), mapper, paging));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
