package dev.passerelle.server.endpoint;

import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
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
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.GetSolvencyResponse;
import dev.passerelle.contract.v1.GetTotals;
import dev.passerelle.contract.v1.GetTotalsResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.WaitForChanges;
import dev.passerelle.contract.v1.WaitForChangesResponse;
import dev.passerelle.server.apply.ChangeApplier;
import dev.passerelle.server.changes.ChangeFeed;
import dev.passerelle.server.changes.ChangeWaits;
import dev.passerelle.server.rtdv.RtdvQueries;
import dev.passerelle.server.security.Users;
import jakarta.jws.WebService;

/**
 * The contract's port: converts nothing itself, checks access through {@link Boundary} and delegates
 * each operation. Thread-safe.
 */
@WebService(endpointInterface = "dev.passerelle.contract.v1.PasserellePortType",
        serviceName = "PasserelleService",
        portName = "PasserellePort",
        targetNamespace = "urn:passerelle:erp:v1",
        wsdlLocation = PasserelleEndpoint.WSDL_LOCATION)
public final class PasserelleEndpoint implements PasserellePortType {

    /** The contract's own WSDL, as the contract jar carries it. */
    public static final String WSDL_LOCATION = "classpath:META-INF/passerelle/wsdl/passerelle-v1.wsdl";

    private final Boundary boundary;
    private final ServiceInfoQuery serviceInfo;
    private final ChangeFeed changes;
    private final ChangeWaits waits;
    private final ChangeApplier applier;
    private final RtdvQueries rtdv;

    public PasserelleEndpoint(Users users, Maintenance maintenance, ServiceInfoQuery serviceInfo, ChangeFeed changes,
            ChangeWaits waits, ChangeApplier applier, RtdvQueries rtdv) {
        this.boundary = new Boundary(users, maintenance);
        this.serviceInfo = serviceInfo;
        this.changes = changes;
        this.waits = waits;
        this.applier = applier;
        this.rtdv = rtdv;
    }

    @Override
    public GetServiceInfoResponse getServiceInfo(GetServiceInfo request) {
        return boundary.run("GetServiceInfo", Access.ANY, caller -> serviceInfo.describe(caller.roles()));
    }

    @Override
    public GetChangesResponse getChanges(GetChanges request) {
        return boundary.run("GetChanges", Access.SYNC, caller -> changes.page(request));
    }

    @Override
    public WaitForChangesResponse waitForChanges(WaitForChanges request) {
        return boundary.run("WaitForChanges", Access.SYNC, caller -> waits.await(request));
    }

    @Override
    public ApplyChangesResponse applyChanges(ApplyChanges request) {
        return boundary.run("ApplyChanges", Access.SYNC, caller -> applier.apply(caller.name(), request));
    }

    @Override
    public GetSolvencyResponse getSolvency(GetSolvency request) {
        return boundary.run("GetSolvency", Access.QUERY, caller -> rtdv.solvency(request));
    }

    @Override
    public GetTotalsResponse getTotals(GetTotals request) {
        return boundary.run("GetTotals", Access.QUERY, caller -> rtdv.totals(request));
    }

    @Override
    public GetInvoicesResponse getInvoices(GetInvoices request) {
        return boundary.run("GetInvoices", Access.QUERY, caller -> rtdv.invoices(request));
    }

    @Override
    public GetLedgerEntriesResponse getLedgerEntries(GetLedgerEntries request) {
        return boundary.run("GetLedgerEntries", Access.QUERY, caller -> rtdv.ledgerEntries(request));
    }

    @Override
    public GetDocumentsResponse getDocuments(GetDocuments request) {
        return boundary.run("GetDocuments", Access.QUERY, caller -> rtdv.documents(request));
    }

    @Override
    public GetDocumentResponse getDocument(GetDocument request) {
        return boundary.run("GetDocument", Access.QUERY, caller -> rtdv.document(request));
    }

    @Override
    public GetDocumentLinesResponse getDocumentLines(GetDocumentLines request) {
        return boundary.run("GetDocumentLines", Access.QUERY, caller -> rtdv.documentLines(request));
    }
}
