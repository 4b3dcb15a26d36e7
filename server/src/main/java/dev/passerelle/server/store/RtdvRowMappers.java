package dev.passerelle.server.store;

import dev.passerelle.server.store.RtdvRows.AccountDocumentRow;
import dev.passerelle.server.store.RtdvRows.CustomerAccountRow;
import dev.passerelle.server.store.RtdvRows.DocumentLineRow;
import dev.passerelle.server.store.RtdvRows.DocumentRow;
import dev.passerelle.server.store.RtdvRows.InvoiceRow;
import dev.passerelle.server.store.RtdvRows.LedgerEntryRow;
import dev.passerelle.server.store.RtdvRows.RevenueRow;
import dev.passerelle.server.store.RtdvRows.SolvencyRow;
import dev.passerelle.server.store.RtdvRows.TypeTotalRow;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;

/**
 * The rows of {@link RtdvRows}, read by column name with plain mappers built once (a reflective
 * constructor mapper was specialised again on every statement), and {@link Counted} over any of them.
 */
public final class RtdvRowMappers implements RowMapperFactory {

    private static final RowMapper<DocumentRow> DOCUMENT = (rows, context) -> new DocumentRow(rows.getLong("id"),
            rows.getString("doc_type"), rows.getString("doc_number"), rows.getObject("doc_date", LocalDate.class),
            rows.getString("reference"), rows.getString("customer_name"), rows.getObject("delivery_date", LocalDate.class),
            rows.getString("currency"), rows.getBigDecimal("net_amount"), rows.getBigDecimal("gross_amount"));

    private static final Map<Type, RowMapper<?>> MAPPERS = Map.of(
            CustomerAccountRow.class, (rows, context) -> new CustomerAccountRow(rows.getLong("id"), rows.getString("code"),
                    rows.getString("currency"), rows.getBigDecimal("credit_limit"), rows.getString("risk_code"),
                    rows.getString("risk_label"), rows.getString("risk_action")),
            SolvencyRow.class, (rows, context) -> new SolvencyRow(rows.getBigDecimal("accounting_balance"),
                    rows.getBigDecimal("open_orders"), rows.getBigDecimal("open_delivery_notes"),
                    rows.getBigDecimal("unposted_invoices"), rows.getBigDecimal("overdue_amount")),
            RevenueRow.class, (rows, context) -> new RevenueRow(rows.getBigDecimal("this_year"), rows.getBigDecimal("last_year")),
            TypeTotalRow.class, (rows, context) -> new TypeTotalRow(rows.getString("doc_type"), rows.getInt("document_count"),
                    rows.getBigDecimal("net_amount"), rows.getBigDecimal("gross_amount")),
            InvoiceRow.class, (rows, context) -> new InvoiceRow(rows.getLong("id"), rows.getString("doc_number"),
                    rows.getObject("doc_date", LocalDate.class), rows.getObject("due_date", LocalDate.class),
                    rows.getBoolean("posted"), rows.getString("currency"), rows.getBigDecimal("net_amount"),
                    rows.getBigDecimal("gross_amount"), rows.getBigDecimal("paid_amount"), rows.getBigDecimal("remaining_amount")),
            LedgerEntryRow.class, (rows, context) -> new LedgerEntryRow(rows.getLong("id"), rows.getString("journal"),
                    rows.getObject("entry_date", LocalDate.class), rows.getString("piece"), rows.getString("document_number"),
                    rows.getString("label"), rows.getBigDecimal("debit"), rows.getBigDecimal("credit"),
                    rows.getObject("due_date", LocalDate.class), rows.getString("lettering")),
            DocumentRow.class, DOCUMENT,
            AccountDocumentRow.class, (rows, context) -> new AccountDocumentRow(rows.getLong("account_id"),
                    DOCUMENT.map(rows, context)),
            DocumentLineRow.class, (rows, context) -> new DocumentLineRow(rows.getLong("document_id"),
                    rows.getString("doc_type"), rows.getString("doc_number"), rows.getObject("doc_date", LocalDate.class),
                    rows.getInt("line_number"), rows.getString("item_reference"), rows.getString("description"),
                    rows.getBigDecimal("quantity"), rows.getBigDecimal("unit_price"), rows.getBigDecimal("discount_percent"),
                    rows.getBigDecimal("net_amount"), rows.getBigDecimal("gross_amount")));

    @Override
    public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
        if (GenericTypes.getErasedType(type) != Counted.class) {
            return Optional.ofNullable(MAPPERS.get(type));
        }
        return GenericTypes.findGenericParameter(type, Counted.class).map(MAPPERS::get).map(RtdvRowMappers::counted);
    }

    private static <T> RowMapper<?> counted(RowMapper<T> row) {
        return (rows, context) -> {
            long total = rows.getLong("total_count");
            return new Counted<>(total > 0 ? row.map(rows, context) : null, total);
        };
    }
}
