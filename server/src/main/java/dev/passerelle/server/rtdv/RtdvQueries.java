package dev.passerelle.server.rtdv;

import dev.passerelle.common.db.Database;
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
import java.time.Clock;

/**
 * The real-time queries (RTDV) over the ERP database. Each method answers one operation of the
 * contract; it may throw {@link dev.passerelle.server.error.UnknownRecordException} (unknown or
 * non-customer account) and {@link dev.passerelle.server.error.InvalidRequestException} (bad paging or
 * filters), which the endpoint maps to the contract's faults; anything else becomes the internal-error
 * fault. Role checks and maintenance are done by the endpoint before these are called. Stateless and
 * thread-safe.
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
        throw notYet("GetSolvency");
    }

    public GetTotalsResponse totals(GetTotals request) {
        throw notYet("GetTotals");
    }

    public GetInvoicesResponse invoices(GetInvoices request) {
        throw notYet("GetInvoices");
    }

    public GetLedgerEntriesResponse ledgerEntries(GetLedgerEntries request) {
        throw notYet("GetLedgerEntries");
    }

    public GetDocumentsResponse documents(GetDocuments request) {
        throw notYet("GetDocuments");
    }

    public GetDocumentResponse document(GetDocument request) {
        throw notYet("GetDocument");
    }

    public GetDocumentLinesResponse documentLines(GetDocumentLines request) {
        throw notYet("GetDocumentLines");
    }

    private UnsupportedOperationException notYet(String operation) {
        return new UnsupportedOperationException(operation + " is not implemented by this endpoint yet (database "
                + database.dialect() + ", clock " + clock.getZone() + ", page limit " + maxPageSize + ")");
    }
}
