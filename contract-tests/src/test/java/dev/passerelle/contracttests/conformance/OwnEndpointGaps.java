package dev.passerelle.contracttests.conformance;

import java.util.Set;

/**
 * Operations the project's own ERP endpoint does not implement yet, so that the kit, run against it,
 * skips their checks with a message instead of failing the build. Never applied to another endpoint.
 * {@link OwnEndpointGapsConformanceTest} fails as soon as one of them is implemented: then delete it here.
 */
final class OwnEndpointGaps {

    /** The real-time queries: the own endpoint answers InternalErrorFault for them (server branch up to cf570ab). */
    static final Set<String> NOT_YET_IMPLEMENTED = Set.of(
            "GetSolvency", "GetTotals", "GetInvoices", "GetLedgerEntries", "GetDocuments", "GetDocument", "GetDocumentLines");

    private OwnEndpointGaps() {
    }
}
