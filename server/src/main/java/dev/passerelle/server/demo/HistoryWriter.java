package dev.passerelle.server.demo;

import dev.passerelle.common.db.Database;
import dev.passerelle.server.store.demo.DemoTables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
            database.jdbi().useTransaction(handle -> writeChunk(handle.attach(DemoTables.class), chunk, first));
        }
    }

    /** {@code first}: the position of the chunk's first account among the accounts with a history. */
    private void writeChunk(DemoTables tables, List<AccountWriter.Written> accounts, int first) {
        List<DocumentDraft> documents = new ArrayList<>();
        for (int index = 0; index < accounts.size(); index++) {
            AccountWriter.Written account = accounts.get(index);
            boolean key = (first + index) % KEY_ACCOUNT_EVERY == 0;
            documents.addAll(account.customer() ? customerDocuments(account, key) : supplierDocuments(account));
        }
        insertDocuments(tables, documents);
        Map<String, Long> ids = new HashMap<>();
        long before = documents.isEmpty() ? 0 : documents.get(0).firstId;
        tables.documentsFrom(before).forEach(row -> ids.put(row.docType() + "/" + row.docNumber(), row.id()));
        List<DemoTables.DocumentLine> lines = new ArrayList<>();
        for (DocumentDraft document : documents) {
            long id = ids.get(document.type + "/" + document.number);
            for (int line = 0; line < document.lines.size(); line++) {
                LineDraft draft = document.lines.get(line);
                lines.add(new DemoTables.DocumentLine(id, line + 1, draft.item, draft.description, draft.quantity,
                        draft.unitPrice, draft.discount, draft.net, draft.gross));
            }
        }
        if (!lines.isEmpty()) {
            tables.insertDocumentLines(lines);
        }
        writeLedger(tables, documents);
        writeFigures(tables, accounts, documents);
    }

    private void insertDocuments(DemoTables tables, List<DocumentDraft> documents) {
        long next = tables.nextDocumentId();
        if (documents.isEmpty()) {
            return;
        }
        documents.get(0).firstId = next;
        tables.insertDocuments(documents.stream().map(document -> new DemoTables.Document(document.account.id(),
                document.type, document.number, document.date, document.account.name(), document.reference,
                document.deliveryDate, document.posted, document.dueDate, document.paid, document.account.currency(),
                document.net(), document.gross())).toList());
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

    private void writeLedger(DemoTables tables, List<DocumentDraft> documents) {
        List<DemoTables.LedgerEntry> entries = new ArrayList<>();
        for (DocumentDraft document : documents) {
            boolean invoice = document.type.equals("INVOICE");
            if (!document.posted || !(invoice || document.type.equals("CREDIT_NOTE"))) {
                continue;
            }
            boolean settled = invoice && document.paid.compareTo(document.gross()) == 0;
            String lettering = settled ? lettering() : null;
            entries.add(new DemoTables.LedgerEntry(document.account.id(), "VTE", document.date, "VTE-" + document.number,
                    document.number, (invoice ? "Facture " : "Avoir ") + document.number,
                    invoice ? document.gross() : BigDecimal.ZERO, invoice ? BigDecimal.ZERO : document.gross(),
                    document.dueDate, lettering));
            if (invoice && document.paid.signum() > 0) {
                LocalDate paidOn = document.dueDate.isBefore(today) ? document.dueDate.minusDays(random.nextInt(10)) : today.minusDays(1);
                entries.add(new DemoTables.LedgerEntry(document.account.id(), "BQ", paidOn, "BQ-" + document.number,
                        document.number, "Règlement " + document.number, BigDecimal.ZERO, document.paid, null, lettering));
            }
        }
        if (!entries.isEmpty()) {
            tables.insertLedgerEntries(entries);
        }
    }

    private String lettering() {
        int serial = letteringSerial++;
        return "" + (char) ('A' + serial / 676 % 26) + (char) ('A' + serial / 26 % 26) + (char) ('A' + serial % 26);
    }

    private void writeFigures(DemoTables tables, List<AccountWriter.Written> accounts, List<DocumentDraft> documents) {
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
        List<DemoTables.Figures> figures = new ArrayList<>();
        for (AccountWriter.Written account : accounts) {
            if (!account.customer()) {
                continue;
            }
            BigDecimal[] years = revenue.getOrDefault(account.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            figures.add(new DemoTables.Figures(account.id(), account.currency(), today.getYear(), years[0], years[1]));
        }
        if (!figures.isEmpty()) {
            tables.insertFigures(figures);
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
