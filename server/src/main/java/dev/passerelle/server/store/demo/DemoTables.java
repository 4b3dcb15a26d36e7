package dev.passerelle.server.store.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the demo ERP writes, in batches of rows (one JDBC batch a call), and the ids it reads back:
 * the rows are inserted without their ids, which the database draws in insert order. Attach to the
 * handle of the writer's transaction.
 */
@RegisterConstructorMapper(DemoTables.Coded.class)
@RegisterConstructorMapper(DemoTables.Named.class)
@RegisterConstructorMapper(DemoTables.DocumentId.class)
public interface DemoTables {

    /** A row's id and its code. */
    record Coded(long id, String code) {
    }

    /** A row's id and its name. */
    record Named(long id, String name) {
    }

    /** A document's id with what tells it apart: its type and number. */
    record DocumentId(long id, String docType, String docNumber) {
    }

    record Representative(String code, String first, String last, String email, String phone, boolean active) {
    }

    record FreeFieldDefinition(String name, String label, String type, Integer maxLength, String listValues) {
    }

    /** An account; {@code type} CUSTOMER or SUPPLIER, {@code representative} an id. */
    record Account(String type, String code, String name, String shortName, String contactPerson, String website,
            boolean dormant, String naf, String siret, String vat, String currency, String accountingCategory,
            String priceCategory, String language, String street, String complement, String postalCode, String city,
            String country, String phone, String fax, String mobile, String email, String invoicingEmail,
            Long representative, BigDecimal creditLimit, String collective, String paymentTerms, String risk) {
    }

    record Contact(long account, String civility, String first, String last, String function, String service,
            String phone, String mobile, String email) {
    }

    record DeliveryAddress(long account, String label, String street, String postalCode, String city, String country,
            String contactName, String phone, boolean main) {
    }

    record FreeValue(long account, long field, String value) {
    }

    record Document(long account, String type, String number, LocalDate date, String customer, String reference,
            LocalDate delivery, boolean posted, LocalDate due, BigDecimal paid, String currency, BigDecimal net,
            BigDecimal gross) {
    }

    record DocumentLine(long document, int line, String item, String description, BigDecimal quantity, BigDecimal price,
            BigDecimal discount, BigDecimal net, BigDecimal gross) {
    }

    record LedgerEntry(long account, String journal, LocalDate date, String piece, String document, String label,
            BigDecimal debit, BigDecimal credit, LocalDate due, String lettering) {
    }

    record Figures(long account, String currency, int year, BigDecimal thisYear, BigDecimal lastYear) {
    }

    @SqlQuery("SELECT COUNT(*) FROM account")
    long accounts();

    @SqlBatch("INSERT INTO representative (code, first_name, last_name, email, phone, active)"
            + " VALUES (:code, :first, :last, :email, :phone, :active)")
    void insertRepresentatives(@BindMethods List<Representative> rows);

    @SqlQuery("SELECT id, code FROM representative")
    List<Coded> representatives();

    @SqlBatch("INSERT INTO free_field_definition (name, label, field_type, max_length, list_values)"
            + " VALUES (:name, :label, :type, :maxLength, :listValues)")
    void insertFreeFieldDefinitions(@BindMethods List<FreeFieldDefinition> rows);

    @SqlQuery("SELECT id, name FROM free_field_definition")
    List<Named> freeFieldDefinitions();

    @SqlQuery("SELECT COALESCE(MAX(id), 0) FROM account")
    long lastAccountId();

    @SqlBatch("INSERT INTO account (account_type, code, name, short_name, contact_person,"
            + " website, dormant, naf_code, siret, vat_number, currency, accounting_category, price_category, language_code,"
            + " street, complement, postal_code, city, region, country, phone_main, phone_fax, phone_mobile, email_main,"
            + " email_invoicing, representative_id, credit_limit, collective_account, payment_terms, risk_code)"
            + " VALUES (:type, :code, :name, :shortName, :contactPerson, :website, :dormant, :naf, :siret, :vat, :currency,"
            + " :accountingCategory, :priceCategory, :language, :street, :complement, :postalCode, :city, NULL, :country,"
            + " :phone, :fax, :mobile, :email, :invoicingEmail, :representative, :creditLimit, :collective, :paymentTerms, :risk)")
    void insertAccounts(@BindMethods List<Account> rows);

    @SqlQuery("SELECT id, code FROM account WHERE id > :after")
    List<Coded> accountsAfter(@Bind("after") long accountId);

    @SqlBatch("INSERT INTO contact (account_id, civility, first_name, last_name, job_function,"
            + " service, phone_main, phone_mobile, email_main) VALUES (:account, :civility, :first, :last, :function, :service,"
            + " :phone, :mobile, :email)")
    void insertContacts(@BindMethods List<Contact> rows);

    @SqlBatch("INSERT INTO delivery_address (account_id, label, street, postal_code, city,"
            + " country, contact_name, phone, is_main) VALUES (:account, :label, :street, :postalCode, :city, :country,"
            + " :contactName, :phone, :main)")
    void insertDeliveryAddresses(@BindMethods List<DeliveryAddress> rows);

    @SqlBatch("INSERT INTO account_free_value (account_id, field_id, field_value) VALUES (:account, :field, :value)")
    void insertFreeValues(@BindMethods List<FreeValue> rows);

    /**
     * Bumps each account between two ids once per free value it holds, as the per-value touches would
     * have: one set-based statement where each touch re-stamped its account.
     */
    @SqlUpdate("UPDATE account SET touch_count = touch_count"
            + " + (SELECT COUNT(*) FROM account_free_value v WHERE v.account_id = account.id)"
            + " WHERE id BETWEEN :first AND :last"
            + " AND EXISTS (SELECT 1 FROM account_free_value v WHERE v.account_id = account.id)")
    void touchAccountsWithFreeValues(@Bind("first") long firstAccountId, @Bind("last") long lastAccountId);

    @SqlQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM document")
    long nextDocumentId();

    @SqlBatch("INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name,"
            + " reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount) VALUES (:account,"
            + " :type, :number, :date, :customer, :reference, :delivery, :posted, :due, :paid, :currency, :net, :gross)")
    void insertDocuments(@BindMethods List<Document> rows);

    @SqlQuery("SELECT id, doc_type, doc_number FROM document WHERE id >= :first")
    List<DocumentId> documentsFrom(@Bind("first") long documentId);

    @SqlBatch("INSERT INTO document_line (document_id, line_number, item_reference, description,"
            + " quantity, unit_price, discount_percent, net_amount, gross_amount) VALUES (:document, :line, :item, :description,"
            + " :quantity, :price, :discount, :net, :gross)")
    void insertDocumentLines(@BindMethods List<DocumentLine> rows);

    @SqlBatch("INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number,"
            + " label, debit, credit, due_date, lettering) VALUES (:account, :journal, :date, :piece, :document, :label, :debit,"
            + " :credit, :due, :lettering)")
    void insertLedgerEntries(@BindMethods List<LedgerEntry> rows);

    @SqlBatch("INSERT INTO account_figures (account_id, currency, fiscal_year,"
            + " revenue_this_year, revenue_last_year) VALUES (:account, :currency, :year, :thisYear, :lastYear)")
    void insertFigures(@BindMethods List<Figures> rows);
}
