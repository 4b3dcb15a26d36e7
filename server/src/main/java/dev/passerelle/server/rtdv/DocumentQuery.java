package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.GetDocumentResponse;
import dev.passerelle.server.error.UnknownRecordException;
import dev.passerelle.server.store.Keys;
import org.jdbi.v3.core.Handle;

/** GetDocument: one document of a customer account with its lines; anything else is unknown. */
final class DocumentQuery {

    private DocumentQuery() {
    }

    static GetDocumentResponse answer(Handle handle, String documentKey) {
        long id = Keys.parse(documentKey).orElseThrow(() -> new UnknownRecordException("document", documentKey));
        GetDocumentResponse response = new GetDocumentResponse();
        DocumentHeader header = handle.createQuery(RtdvSql.named("document-header"))
                .bind("document", id)
                .map((rows, context) -> {
                    response.setAccountKey(Keys.of(rows.getLong("account_id")));
                    return new DocumentHeaderMapper().map(rows, context);
                })
                .findOne()
                .orElseThrow(() -> new UnknownRecordException("document", documentKey));
        response.setHeader(header);
        response.getLine().addAll(handle.createQuery(RtdvSql.named("lines-of-document"))
                .bind("document", id)
                .map(new DocumentLineMapper())
                .list());
        return response;
    }
}
