package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.DocumentLine;
import dev.passerelle.contract.v1.DocumentType;
import dev.passerelle.server.store.Keys;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A line row with its document's columns (document-lines.sql / lines-of-document.sql). */
final class DocumentLineMapper implements RowMapper<DocumentLine> {

    @Override
    public DocumentLine map(ResultSet rows, StatementContext context) throws SQLException {
        DocumentLine line = new DocumentLine();
        line.setDocumentKey(Keys.of(rows.getLong("document_id")));
        line.setDocumentType(DocumentType.valueOf(rows.getString("doc_type")));
        line.setDocumentNumber(rows.getString("doc_number"));
        line.setDocumentDate(rows.getObject("doc_date", LocalDate.class));
        line.setLineNumber(rows.getInt("line_number"));
        line.setItemReference(Blank.asAbsent(rows.getString("item_reference")));
        line.setDescription(rows.getString("description"));
        line.setQuantity(rows.getBigDecimal("quantity"));
        line.setUnitPrice(rows.getBigDecimal("unit_price"));
        BigDecimal discount = rows.getBigDecimal("discount_percent");
        line.setDiscountPercent(discount == null || discount.signum() == 0 ? null : discount);
        line.setNetAmount(rows.getBigDecimal("net_amount"));
        line.setGrossAmount(rows.getBigDecimal("gross_amount"));
        return line;
    }
}
