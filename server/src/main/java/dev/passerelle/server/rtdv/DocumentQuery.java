package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.GetDocumentResponse;
import dev.passerelle.server.error.UnknownRecordException;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.RtdvRows;
import dev.passerelle.server.store.RtdvRows.AccountDocumentRow;

/** GetDocument: one document of a customer account with its lines; anything else is unknown. */
final class DocumentQuery {

    private DocumentQuery() {
    }

    static GetDocumentResponse answer(RtdvRows rows, String documentKey) {
        long id = Keys.parse(documentKey).orElseThrow(() -> new UnknownRecordException("document", documentKey));
        AccountDocumentRow document = rows.document(id).orElseThrow(() -> new UnknownRecordException("document", documentKey));
        GetDocumentResponse response = new GetDocumentResponse();
        response.setAccountKey(Keys.of(document.accountId()));
        response.setHeader(ContractRows.documentHeader(document.document()));
        rows.linesOf(id).stream().map(ContractRows::documentLine).forEach(response.getLine()::add);
        return response;
    }
}
