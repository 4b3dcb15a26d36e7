package dev.passerelle.server.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapperFactory;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The real-time queries' statements (RTDV), read-only, one file each under
 * {@code dev/passerelle/server/store/RtdvRows/}, comments removed. Only customer accounts have
 * real-time figures. The list statements ({@link Counted} rows) start from the account and outer-join
 * the rows listed, {@code WHERE a.id = :account AND a.account_type = 'CUSTOMER'}, and answer one page
 * from row {@code offset}: a customer answers at least one row, an unknown account or a supplier none.
 * Null filters match everything. Attach to a handle.
 */
@UseClasspathSqlLocator
@RegisterRowMapperFactory(RtdvRowMappers.class)
public interface RtdvRows {

    /** A customer account with its risk code's label and action. */
    record CustomerAccountRow(long id, String code, String currency, BigDecimal creditLimit, String riskCode,
            String riskLabel, String riskAction) {
    }

    /** The balances of GetSolvency (solvency.sql states the rules). */
    record SolvencyRow(BigDecimal accountingBalance, BigDecimal openOrders, BigDecimal openDeliveryNotes,
            BigDecimal unpostedInvoices, BigDecimal overdueAmount) {
    }

    /** Net revenue of the calendar year and of the one before. */
    record RevenueRow(BigDecimal thisYear, BigDecimal lastYear) {
    }

    /** The documents of one type in a period, amounts from their lines. */
    record TypeTotalRow(String docType, int documentCount, BigDecimal netAmount, BigDecimal grossAmount) {
    }

    /** An invoice or credit note, the credit note's amounts negated. */
    record InvoiceRow(long id, String docNumber, LocalDate docDate, LocalDate dueDate, boolean posted, String currency,
            BigDecimal netAmount, BigDecimal grossAmount, BigDecimal paidAmount, BigDecimal remainingAmount) {
    }

    record LedgerEntryRow(long id, String journal, LocalDate entryDate, String piece, String documentNumber, String label,
            BigDecimal debit, BigDecimal credit, LocalDate dueDate, String lettering) {
    }

    record DocumentRow(long id, String docType, String docNumber, LocalDate docDate, String reference, String customerName,
            LocalDate deliveryDate, String currency, BigDecimal netAmount, BigDecimal grossAmount) {
    }

    /** A document with the account it belongs to. */
    record AccountDocumentRow(long accountId, DocumentRow document) {
    }

    /** A line with its document's columns. */
    record DocumentLineRow(long documentId, String docType, String docNumber, LocalDate docDate, int lineNumber,
            String itemReference, String description, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal discountPercent, BigDecimal netAmount, BigDecimal grossAmount) {
    }

    @SqlQuery("customer-account")
    Optional<CustomerAccountRow> customerAccount(@Bind("account") long accountId);

    /** Overdue: due before {@code today}. */
    @SqlQuery("solvency")
    SolvencyRow solvency(@Bind("account") long accountId, @Bind("today") LocalDate today);

    /** The years starting {@code lastYear} and {@code thisYear}, up to {@code nextYear} excluded. */
    @SqlQuery("revenue")
    RevenueRow revenue(@Bind("account") long accountId, @Bind("thisYear") LocalDate thisYear,
            @Bind("lastYear") LocalDate lastYear, @Bind("nextYear") LocalDate nextYear);

    /** Both ends included. */
    @SqlQuery("totals-by-type")
    List<TypeTotalRow> totalsByType(@Bind("account") long accountId, @Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** Newest first; {@code unpaidOnly} 1 keeps those not fully paid. */
    @SqlQuery("invoices")
    List<Counted<InvoiceRow>> invoices(@Bind("account") long accountId, @CustomerNamePrefix String namePrefix,
            @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("unpaidOnly") int unpaidOnly,
            @Bind("offset") long offset, @Bind("pageSize") int pageSize);

    /** Newest first; {@code unletteredOnly} 1 keeps those not lettered. */
    @SqlQuery("ledger-entries")
    List<Counted<LedgerEntryRow>> ledgerEntries(@Bind("account") long accountId, @Bind("from") LocalDate from,
            @Bind("to") LocalDate to, @Bind("unletteredOnly") int unletteredOnly, @Bind("offset") long offset,
            @Bind("pageSize") int pageSize);

    /** Newest first; {@code search}: a LIKE pattern (escape character !) on number, reference or customer name, any case. */
    @SqlQuery("documents")
    List<Counted<DocumentRow>> documents(@Bind("account") long accountId, @CustomerNamePrefix String namePrefix,
            @BindList("types") List<String> types, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
            @Bind("search") String search, @Bind("offset") long offset, @Bind("pageSize") int pageSize);

    /** Newest document first, lines in order. */
    @SqlQuery("document-lines")
    List<Counted<DocumentLineRow>> documentLines(@Bind("account") long accountId, @CustomerNamePrefix String namePrefix,
            @BindList("types") List<String> types, @Bind("from") LocalDate from, @Bind("to") LocalDate to,
            @Bind("documentNumber") String documentNumber, @Bind("itemReference") String itemReference,
            @Bind("offset") long offset, @Bind("pageSize") int pageSize);

    /** A customer account's document; empty for any other. */
    @SqlQuery("document-header")
    Optional<AccountDocumentRow> document(@Bind("document") long documentId);

    @SqlQuery("lines-of-document")
    List<DocumentLineRow> linesOf(@Bind("document") long documentId);
}
