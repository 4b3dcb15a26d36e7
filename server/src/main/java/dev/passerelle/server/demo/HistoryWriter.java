package dev.passerelle.server.demo;

import dev.passerelle.common.db.Database;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes the commercial history of the demo's active accounts: documents with lines, the ledger
 * entries of invoices, credit notes and payments, and the replicated revenue figures.
 */
final class HistoryWriter {

    /** Every customer among the first ones has a history; beyond, one in twenty. */
    private static final int FULL_HISTORY = 2_000;
    /**
     * One account with a history in fifty, when it is a customer, is a key account: 60 to 150
     * invoices over the two years instead of 2 to 7, so that the real-time lists have accounts that
     * fill pages of 50 rows.
     */
    private static final int KEY_ACCOUNT_EVERY = 50;
    private static final int CHUNK = 500;
    private static final BigDecimal VAT = new BigDecimal("1.20");

    private final Database database;
    private final Random random;
    private final LocalDate today;
    private final Map<String, Integer> numbers = new HashMap<>();
    private int letteringSerial;

    HistoryWriter(Database database, Random random, LocalDate today) {
        this.database = database;
        this.random = random;
        this.today = today;
    }

    void write(AccountWriter.Result written) {
        List<AccountWriter.Written> active = new ArrayList<>();
        for (int index = 0; index < written.accounts().size(); index++) {
            if (index < FULL_HISTORY || index % 20 == 0) {
                active.add(written.accounts().get(index));
            }
        }
        for (int start = 0; start < active.size(); start += CHUNK) {
            int first = start;
            List<AccountWriter.Written> chunk = active.subList(start, Math.min(active.size(), start + CHUNK));
            database.jdbi().useTransaction(handle -> writeChunk(handle, chunk, first));
        }
    }

    /** {@code first}: the position of the chunk's first account among the accounts with a history. */
    private void writeChunk(Handle handle, List<AccountWriter.Written> accounts, int first) {
        List<DocumentDraft> documents = new ArrayList<>();
        for (int index = 0; index < accounts.size(); index++) {
            AccountWriter.Written account = accounts.get(index);
            boolean key = (first + index) % KEY_ACCOUNT_EVERY == 0;
            documents.addAll(account.customer() ? customerDocuments(account, key) : supplierDocuments(account));
        }
        insertDocuments(handle, documents);
        Map<String, Long> ids = new HashMap<>();
        long before = documents.isEmpty() ? 0 : documents.get(0).firstId;
        handle.createQuery("SELECT id, doc_type, doc_number FROM document WHERE id >= :before").bind("before", before)
                .map((rows, context) -> ids.put(rows.getString("doc_type") + "/" + rows.getString("doc_number"), rows.getLong("id")))
                .list();
        PreparedBatch lines = handle.prepareBatch("INSERT INTO document_line (document_id, line_number, item_reference, description,"
                + " quantity, unit_price, discount_percent, net_amount, gross_amount) VALUES (:document, :line, :item, :description,"
                + " :quantity, :price, :discount, :net, :gross)");
        for (DocumentDraft document : documents) {
            long id = ids.get(document.type + "/" + document.number);
            for (int line = 0; line < document.lines.size(); line++) {
                LineDraft draft = document.lines.get(line);
                lines.bind("document", id).bind("line", line + 1).bind("item", draft.item).bind("description", draft.description)
                        .bind("quantity", draft.quantity).bind("price", draft.unitPrice).bind("discount", draft.discount)
                        .bind("net", draft.net).bind("gross", draft.gross).add();
            }
        }
        lines.execute();
        writeLedger(handle, accounts, documents);
        writeFigures(handle, accounts, documents);
    }

    private void insertDocuments(Handle handle, List<DocumentDraft> documents) {
        long next = handle.createQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM document").mapTo(Long.class).one();
        if (!documents.isEmpty()) {
            documents.get(0).firstId = next;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO document (account_id, doc_type, doc_number, doc_date, customer_name,"
                + " reference, delivery_date, posted, due_date, paid_amount, currency, net_amount, gross_amount) VALUES (:account,"
                + " :type, :number, :date, :customer, :reference, :delivery, :posted, :due, :paid, :currency, :net, :gross)");
        for (DocumentDraft document : documents) {
            batch.bind("account", document.account.id()).bind("type", document.type).bind("number", document.number)
                    .bind("date", document.date).bind("customer", document.account.name()).bind("reference", document.reference)
                    .bindByType("delivery", document.deliveryDate, LocalDate.class).bind("posted", document.posted).bindByType("due", document.dueDate, LocalDate.class)
                    .bind("paid", document.paid).bind("currency", document.account.currency())
                    .bind("net", document.net()).bind("gross", document.gross()).add();
        }
        if (!documents.isEmpty()) {
            batch.execute();
        }
    }

    private List<DocumentDraft> customerDocuments(AccountWriter.Written account, boolean key) {
        List<DocumentDraft> documents = new ArrayList<>();
        int invoices = key ? 60 + random.nextInt(91) : 2 + random.nextInt(6);
        for (int index = 0; index < invoices; index++) {
            LocalDate date = today.minusDays(random.nextInt(700));
            DocumentDraft invoice = draft(account, "INVOICE", "FA", date);
            invoice.dueDate = date.plusDays(30 + 15L * random.nextInt(3));
            invoice.posted = date.isBefore(today.minusDays(10)) || random.nextBoolean();
            boolean overdue = invoice.dueDate.isBefore(today);
            int settle = random.nextInt(10);
            invoice.paid = !overdue ? (settle < 2 ? half(invoice.gross()) : BigDecimal.ZERO.setScale(2))
                    : settle < 7 ? invoice.gross() : settle < 9 ? half(invoice.gross()) : BigDecimal.ZERO.setScale(2);
            documents.add(invoice);
        }
        if (random.nextInt(3) == 0) {
            DocumentDraft credit = draft(account, "CREDIT_NOTE", "AV", today.minusDays(random.nextInt(300)));
            credit.posted = true;
            documents.add(credit);
        }
        documents.add(withDelivery(draft(account, "ORDER", "BC", today.minusDays(random.nextInt(30)))));
        documents.add(withDelivery(draft(account, "DELIVERY_NOTE", "BL", today.minusDays(random.nextInt(20)))));
        documents.add(draft(account, "QUOTE", "DE", today.minusDays(random.nextInt(90))));
        if (random.nextInt(4) == 0) {
            documents.add(withDelivery(draft(account, "PREPARATION", "PL", today.minusDays(random.nextInt(10)))));
        }
        if (random.nextInt(8) == 0) {
            documents.add(draft(account, "RETURN", "BR", today.minusDays(random.nextInt(60))));
        }
        return documents;
    }

    private List<DocumentDraft> supplierDocuments(AccountWriter.Written account) {
        List<DocumentDraft> documents = new ArrayList<>();
        int purchases = 1 + random.nextInt(3);
        for (int index = 0; index < purchases; index++) {
            documents.add(withDelivery(draft(account, "PURCHASE", "CF", today.minusDays(random.nextInt(365)))));
        }
        return documents;
    }

    private DocumentDraft withDelivery(DocumentDraft document) {
        document.deliveryDate = document.date.plusDays(2 + random.nextInt(12));
        return document;
    }

    private DocumentDraft draft(AccountWriter.Written account, String type, String prefix, LocalDate date) {
        int number = numbers.merge(type, 1, Integer::sum);
        DocumentDraft document = new DocumentDraft(account, type, String.format("%s%07d", prefix, number), date);
        document.reference = random.nextInt(3) == 0 ? null : "Réf. client " + (1000 + random.nextInt(9000));
        int lines = 1 + random.nextInt(4);
        for (int line = 0; line < lines; line++) {
            int item = random.nextInt(Names.ITEMS.size());
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(20));
            BigDecimal price = BigDecimal.valueOf(500 + random.nextInt(50_000), 2);
            BigDecimal discount = random.nextInt(4) == 0 ? BigDecimal.valueOf(5 * (1 + random.nextInt(3))) : BigDecimal.ZERO;
            BigDecimal net = quantity.multiply(price).multiply(BigDecimal.ONE.subtract(discount.movePointLeft(2)))
                    .setScale(2, RoundingMode.HALF_UP);
            document.lines.add(new LineDraft(String.format("ART%04d", item + 1), Names.ITEMS.get(item), quantity, price, discount,
                    net, net.multiply(VAT).setScale(2, RoundingMode.HALF_UP)));
        }
        document.paid = BigDecimal.ZERO.setScale(2);
        return document;
    }

    private static BigDecimal half(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    private void writeLedger(Handle handle, List<AccountWriter.Written> accounts, List<DocumentDraft> documents) {
        PreparedBatch entries = handle.prepareBatch("INSERT INTO ledger_entry (account_id, journal, entry_date, piece, document_number,"
                + " label, debit, credit, due_date, lettering) VALUES (:account, :journal, :date, :piece, :document, :label, :debit,"
                + " :credit, :due, :lettering)");
        int added = 0;
        for (DocumentDraft document : documents) {
            boolean invoice = document.type.equals("INVOICE");
            if (!document.posted || !(invoice || document.type.equals("CREDIT_NOTE"))) {
                continue;
            }
            boolean settled = invoice && document.paid.compareTo(document.gross()) == 0;
            String lettering = settled ? lettering() : null;
            entries.bind("account", document.account.id()).bind("journal", "VTE").bind("date", document.date)
                    .bind("piece", "VTE-" + document.number).bind("document", document.number)
                    .bind("label", (invoice ? "Facture " : "Avoir ") + document.number)
                    .bind("debit", invoice ? document.gross() : BigDecimal.ZERO)
                    .bind("credit", invoice ? BigDecimal.ZERO : document.gross())
                    .bindByType("due", document.dueDate, LocalDate.class).bind("lettering", lettering).add();
            added++;
            if (invoice && document.paid.signum() > 0) {
                LocalDate paidOn = document.dueDate.isBefore(today) ? document.dueDate.minusDays(random.nextInt(10)) : today.minusDays(1);
                entries.bind("account", document.account.id()).bind("journal", "BQ").bind("date", paidOn)
                        .bind("piece", "BQ-" + document.number).bind("document", document.number)
                        .bind("label", "Règlement " + document.number).bind("debit", BigDecimal.ZERO)
                        .bind("credit", document.paid).bindByType("due", null, LocalDate.class).bind("lettering", lettering).add();
                added++;
            }
        }
        if (added > 0) {
            entries.execute();
        }
    }

    private String lettering() {
        int serial = letteringSerial++;
        return "" + (char) ('A' + serial / 676 % 26) + (char) ('A' + serial / 26 % 26) + (char) ('A' + serial % 26);
    }

    private void writeFigures(Handle handle, List<AccountWriter.Written> accounts, List<DocumentDraft> documents) {
        Map<Long, BigDecimal[]> revenue = new HashMap<>();
        for (DocumentDraft document : documents) {
            int sign = document.type.equals("INVOICE") ? 1 : document.type.equals("CREDIT_NOTE") ? -1 : 0;
            int yearsAgo = today.getYear() - document.date.getYear();
            if (sign == 0 || yearsAgo > 1) {
                continue;
            }
            BigDecimal[] years = revenue.computeIfAbsent(document.account.id(),
                    id -> new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            years[yearsAgo] = years[yearsAgo].add(sign > 0 ? document.net() : document.net().negate());
        }
        PreparedBatch figures = handle.prepareBatch("INSERT INTO account_figures (account_id, currency, fiscal_year,"
                + " revenue_this_year, revenue_last_year) VALUES (:account, :currency, :year, :thisYear, :lastYear)");
        for (AccountWriter.Written account : accounts) {
            if (!account.customer()) {
                continue;
            }
            BigDecimal[] years = revenue.getOrDefault(account.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            figures.bind("account", account.id()).bind("currency", account.currency()).bind("year", today.getYear())
                    .bind("thisYear", years[0]).bind("lastYear", years[1]).add();
        }
        if (figures.size() > 0) {
            figures.execute();
        }
    }

    private static final class DocumentDraft {
        final AccountWriter.Written account;
        final String type;
        final String number;
        final LocalDate date;
        final List<LineDraft> lines = new ArrayList<>();
        String reference;
        LocalDate deliveryDate;
        LocalDate dueDate;
        boolean posted;
        BigDecimal paid;
        long firstId;

        DocumentDraft(AccountWriter.Written account, String type, String number, LocalDate date) {
            this.account = account;
            this.type = type;
            this.number = number;
            this.date = date;
        }

        BigDecimal net() {
            return lines.stream().map(LineDraft::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal gross() {
            return lines.stream().map(LineDraft::gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private record LineDraft(String item, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount,
            BigDecimal net, BigDecimal gross) {
    }
}
