package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.server.store.Keys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of invoices.sql as the contract's invoice (credit notes arrive with their amounts negated). */
final class InvoiceMapper implements RowMapper<Invoice> {

    @Override
    public Invoice map(ResultSet rows, StatementContext context) throws SQLException {
        Invoice invoice = new Invoice();
        invoice.setDocumentKey(Keys.of(rows.getLong("id")));
        invoice.setNumber(rows.getString("doc_number"));
        invoice.setDate(rows.getObject("doc_date", LocalDate.class));
        invoice.setDueDate(rows.getObject("due_date", LocalDate.class));
        invoice.setPosted(rows.getBoolean("posted"));
        invoice.setCurrency(rows.getString("currency"));
        invoice.setNetAmount(rows.getBigDecimal("net_amount"));
        invoice.setGrossAmount(rows.getBigDecimal("gross_amount"));
        invoice.setPaidAmount(rows.getBigDecimal("paid_amount"));
        invoice.setRemainingAmount(rows.getBigDecimal("remaining_amount"));
        return invoice;
    }
}
