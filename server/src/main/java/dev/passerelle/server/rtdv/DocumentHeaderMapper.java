package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.server.store.Keys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A document row (columns of documents.sql / document-header.sql) as the contract's header. */
final class DocumentHeaderMapper implements RowMapper<DocumentHeader> {

    @Override
    public DocumentHeader map(ResultSet rows, StatementContext context) throws SQLException {
        DocumentHeader header = new DocumentHeader();
        header.setDocumentKey(Keys.of(rows.getLong("id")));
        header.setType(DocumentType.valueOf(rows.getString("doc_type")));
        header.setNumber(rows.getString("doc_number"));
        header.setDate(rows.getObject("doc_date", LocalDate.class));
        header.setReference(Blank.asAbsent(rows.getString("reference")));
        header.setCustomerName(rows.getString("customer_name"));
        header.setDeliveryDate(rows.getObject("delivery_date", LocalDate.class));
        header.setCurrency(rows.getString("currency"));
        header.setNetAmount(rows.getBigDecimal("net_amount"));
        header.setGrossAmount(rows.getBigDecimal("gross_amount"));
        return header;
    }
}
