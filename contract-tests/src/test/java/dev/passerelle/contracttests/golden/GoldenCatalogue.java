package dev.passerelle.contracttests.golden;

import java.util.List;

/** Every golden envelope of the contract: a request and a response per operation, one per fault. */
final class GoldenCatalogue {

    private static final List<GoldenCase> ALL = List.of(
            GoldenCase.request("GetServiceInfo", SyncFixtures::serviceInfoRequest),
            GoldenCase.response("GetServiceInfo", SyncFixtures::serviceInfoResponse),
            GoldenCase.request("GetChanges", SyncFixtures::changesRequest),
            GoldenCase.response("GetChanges", SyncFixtures::changesResponse),
            GoldenCase.request("ApplyChanges", ApplyFixtures::request),
            GoldenCase.response("ApplyChanges", ApplyFixtures::response),
            GoldenCase.request("GetSolvency", LedgerFixtures::solvencyRequest),
            GoldenCase.response("GetSolvency", LedgerFixtures::solvencyResponse),
            GoldenCase.request("GetTotals", LedgerFixtures::totalsRequest),
            GoldenCase.response("GetTotals", LedgerFixtures::totalsResponse),
            GoldenCase.request("GetInvoices", LedgerFixtures::invoicesRequest),
            GoldenCase.response("GetInvoices", LedgerFixtures::invoicesResponse),
            GoldenCase.request("GetLedgerEntries", LedgerFixtures::ledgerRequest),
            GoldenCase.response("GetLedgerEntries", LedgerFixtures::ledgerResponse),
            GoldenCase.request("GetDocuments", DocumentFixtures::documentsRequest),
            GoldenCase.response("GetDocuments", DocumentFixtures::documentsResponse),
            GoldenCase.request("GetDocument", DocumentFixtures::documentRequest),
            GoldenCase.response("GetDocument", DocumentFixtures::documentResponse),
            GoldenCase.request("GetDocumentLines", DocumentFixtures::linesRequest),
            GoldenCase.response("GetDocumentLines", DocumentFixtures::linesResponse),
            GoldenCase.request("WaitForChanges", SyncFixtures::waitRequest),
            GoldenCase.response("WaitForChanges", SyncFixtures::waitResponse),
            // Client: the caller must change something before retrying; Server: the same call may succeed later.
            GoldenCase.fault("AuthenticationFault", "Client", FaultFixtures::authentication),
            GoldenCase.fault("AuthorisationFault", "Client", FaultFixtures::authorisation),
            GoldenCase.fault("InvalidRequestFault", "Client", FaultFixtures::invalidRequest),
            GoldenCase.fault("UnknownRecordFault", "Client", FaultFixtures::unknownRecord),
            GoldenCase.fault("ExpiredTokenFault", "Client", FaultFixtures::expiredToken),
            GoldenCase.fault("UnavailableFault", "Server", FaultFixtures::unavailable),
            GoldenCase.fault("InternalErrorFault", "Server", FaultFixtures::internalError));

    private GoldenCatalogue() {
    }

    static List<GoldenCase> all() {
        return ALL;
    }

    static List<GoldenCase> faults() {
        return ALL.stream().filter(golden -> golden.kind() == GoldenCase.Kind.FAULT).toList();
    }
}
