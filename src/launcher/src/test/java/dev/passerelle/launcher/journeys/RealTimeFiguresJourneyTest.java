package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A CRM user looks at a customer's live ERP figures from three commands and finds them telling the
 * same story: the invoices listed (credit notes negated) add up to the totals by document type over
 * the same period, the listing's row count is the totals' document count, and one invoice's lines add
 * up to the amount its header shows. A script reads the same figures with {@code --format json} and
 * finds the ERP's own rows in them: numbers, ISO dates, exact amounts and where the page stands.
 */
class RealTimeFiguresJourneyTest {

    private static final Pattern AMOUNT = Pattern.compile("-?[\\d,]+\\.\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @TempDir
    Path folder;

    @Test
    void invoicesTotalsAndDocumentLinesOfOneCustomerAgree() {
        try (Journey journey = Journey.start(folder, 40)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long accountKey = journey.erpCount("SELECT TOP (1) account_id FROM document WHERE doc_type IN ('INVOICE', 'CREDIT_NOTE')"
                    + " GROUP BY account_id ORDER BY COUNT(*) DESC, account_id");
            long companyId = journey.crmCount("SELECT a.company_id FROM account a JOIN identity_map i ON i.crm_id = a.id"
                    + " AND i.entity = N'ACCOUNT' WHERE i.erp_key = N'" + accountKey + "'");
            String company = String.valueOf(companyId);

            Journey.Result invoices = journey.crmSync("rtdv", "invoices", company, "--size", "500");
            Journey.Result totals = journey.crmSync("rtdv", "totals", company, "--from", "1900-01-01", "--to", "2999-12-31");

            assertThat(invoices.exit()).as(invoices.all()).isZero();
            assertThat(totals.exit()).as(totals.all()).isZero();
            List<String[]> invoiceRows = rows(invoices.out(), 1);
            assertThat(invoiceRows).isNotEmpty();
            assertThat(invoices.out()).contains("of " + invoiceRows.size()).doesNotContain("next: --page");
            BigDecimal listedNet = invoiceRows.stream().map(row -> amount(row[5])).reduce(BigDecimal.ZERO, BigDecimal::add);
            String[] invoiceTotal = totalsRow(totals.out(), "INVOICE");
            String[] creditTotal = totalsRow(totals.out(), "CREDIT_NOTE");
            long documents = Long.parseLong(invoiceTotal[1]) + (creditTotal == null ? 0 : Long.parseLong(creditTotal[1]));
            BigDecimal totalNet = amount(invoiceTotal[2]).subtract(creditTotal == null ? BigDecimal.ZERO : amount(creditTotal[2]));
            assertThat(documents).as(invoices.out() + totals.out()).isEqualTo(invoiceRows.size());
            assertThat(listedNet).as(invoices.out() + totals.out()).isEqualByComparingTo(totalNet);

            String[] first = invoiceRows.get(0);
            String key = first[first.length - 1];
            Journey.Result document = journey.crmSync("rtdv", "document", key);

            assertThat(document.exit()).as(document.all()).isZero();
            String[] header = rows(document.out(), 2).get(0);
            List<String[]> lines = rows(document.out(), 2).subList(1, rows(document.out(), 2).size());
            assertThat(lines).isNotEmpty();
            BigDecimal linesNet = lines.stream().map(line -> amount(line[line.length - 2])).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(linesNet).as(document.out()).isEqualByComparingTo(amount(header[header.length - 3]));
            assertThat(amount(header[header.length - 3]).abs()).isEqualByComparingTo(amount(first[5]).abs());
        }
    }

    @Test
    void everyFigureReadAsJsonIsTheErpsOwn() {
        try (Journey journey = Journey.start(folder, 40)) {
            assertThat(journey.crmSync("run", "--no-progress").exit()).isZero();
            long accountKey = journey.erpCount("SELECT TOP (1) account_id FROM document WHERE doc_type IN ('INVOICE', 'CREDIT_NOTE')"
                    + " GROUP BY account_id ORDER BY COUNT(*) DESC, account_id");
            String company = String.valueOf(journey.crmCount("SELECT a.company_id FROM account a JOIN identity_map i"
                    + " ON i.crm_id = a.id AND i.entity = N'ACCOUNT' WHERE i.erp_key = N'" + accountKey + "'"));
            String where = " WHERE account_id = " + accountKey;

            JsonNode solvency = json(journey.crmSync("rtdv", "solvency", company, "--format", "json"));
            assertThat(solvency.get("erp_key").asString()).isEqualTo(String.valueOf(accountKey));
            assertThat(solvency.get("account_code").asString())
                    .isEqualTo(erpValue(journey, "SELECT code FROM account WHERE id = " + accountKey));
            assertThat(solvency.get("accounting_balance").isNumber()).isTrue();
            assertThat(solvency.get("accounting_balance").decimalValue())
                    .isEqualByComparingTo(erpDecimal(journey, "SELECT SUM(debit) - SUM(credit) FROM ledger_entry" + where));

            JsonNode invoices = json(journey.crmSync("rtdv", "invoices", company, "--size", "500", "--format", "json"));
            long invoiceCount = journey.erpCount("SELECT COUNT(*) FROM document" + where + " AND doc_type IN ('INVOICE', 'CREDIT_NOTE')");
            assertThat(invoices.get("invoices").size()).isEqualTo((int) invoiceCount);
            assertPage(invoices.get("page"), 1, 500, invoiceCount, false);
            for (JsonNode invoice : invoices.get("invoices")) {
                Map<String, Object> row = journey.erpSql().withHandle(handle -> handle.createQuery("SELECT doc_number, doc_date,"
                        + " net_amount, posted FROM document WHERE id = :key").bind("key", invoice.get("document_key").asLong())
                        .mapToMap().one());
                assertThat(invoice.get("number").asString()).isEqualTo(row.get("doc_number"));
                assertThat(LocalDate.parse(invoice.get("date").asString())).isEqualTo(((java.sql.Date) row.get("doc_date")).toLocalDate());
                assertThat(invoice.get("net").decimalValue().abs()).isEqualByComparingTo(((BigDecimal) row.get("net_amount")).abs());
                assertThat(invoice.get("posted").asBoolean()).isEqualTo(row.get("posted"));
            }
            JsonNode firstTwo = json(journey.crmSync("rtdv", "invoices", company, "--size", "2", "--format", "json"));
            assertThat(firstTwo.get("invoices").size()).isEqualTo((int) Math.min(2, invoiceCount));
            assertPage(firstTwo.get("page"), 1, 2, invoiceCount, invoiceCount > 2);

            JsonNode totals = json(journey.crmSync("rtdv", "totals", company, "--from", "1900-01-01", "--to", "2999-12-31",
                    "--format", "json"));
            assertThat(totals.get("from").asString()).isEqualTo("1900-01-01");
            for (JsonNode total : totals.get("totals")) {
                String type = total.get("document_type").asString();
                assertThat(total.get("documents").asLong()).as(type)
                        .isEqualTo(journey.erpCount("SELECT COUNT(*) FROM document" + where + " AND doc_type = '" + type + "'"));
                assertThat(total.get("net").decimalValue()).as(type).isEqualByComparingTo(
                        erpDecimal(journey, "SELECT SUM(net_amount) FROM document" + where + " AND doc_type = '" + type + "'"));
            }

            JsonNode ledger = json(journey.crmSync("rtdv", "ledger", company, "--size", "1000", "--format", "json"));
            assertPage(ledger.get("page"), 1, 1000, journey.erpCount("SELECT COUNT(*) FROM ledger_entry" + where), false);
            assertThat(sum(ledger.get("entries"), "debit")).isEqualByComparingTo(
                    erpDecimal(journey, "SELECT SUM(debit) FROM ledger_entry" + where));

            JsonNode documents = json(journey.crmSync("rtdv", "documents", company, "--format", "json"));
            long documentCount = journey.erpCount("SELECT COUNT(*) FROM document" + where);
            assertPage(documents.get("page"), 1, 50, documentCount, documentCount > 50);

            String key = invoices.get("invoices").get(0).get("document_key").asString();
            JsonNode document = json(journey.crmSync("rtdv", "document", key, "--format", "json"));
            String lineCount = "SELECT COUNT(*) FROM document_line WHERE document_id = " + key;
            assertThat(document.get("erp_key").asString()).isEqualTo(String.valueOf(accountKey));
            assertThat(document.get("document").get(0).get("document_key").asString()).isEqualTo(key);
            assertThat(document.get("lines").size()).isEqualTo((int) journey.erpCount(lineCount));
            assertThat(sum(document.get("lines"), "net")).isEqualByComparingTo(
                    erpDecimal(journey, "SELECT SUM(net_amount) FROM document_line WHERE document_id = " + key));

            String number = document.get("document").get(0).get("number").asString();
            JsonNode lines = json(journey.crmSync("rtdv", "lines", company, "--number", number, "--format", "json"));
            assertThat(lines.get("lines").size()).isEqualTo((int) journey.erpCount(lineCount));
            assertThat(lines.get("lines").get(0).get("quantity").isNumber()).isTrue();
            assertThat(lines.get("page").get("total_count").asLong()).isEqualTo(journey.erpCount(lineCount));
        }
    }

    private static JsonNode json(Journey.Result result) {
        assertThat(result.exit()).as(result.all()).isZero();
        return JSON.readTree(result.out());
    }

    private static void assertPage(JsonNode page, int number, int size, long total, boolean more) {
        assertThat(page.get("page_number").asInt()).isEqualTo(number);
        assertThat(page.get("page_size").asInt()).isEqualTo(size);
        assertThat(page.get("total_count").asLong()).isEqualTo(total);
        assertThat(page.get("more").asBoolean()).isEqualTo(more);
    }

    private static BigDecimal sum(JsonNode rows, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : rows) {
            assertThat(row.get(field).isNumber()).as(field + " in " + row).isTrue();
            sum = sum.add(row.get(field).decimalValue());
        }
        return sum;
    }

    private static String erpValue(Journey journey, String sql) {
        return journey.erpSql().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).one());
    }

    private static BigDecimal erpDecimal(Journey journey, String sql) {
        return journey.erpSql().withHandle(handle -> handle.createQuery("SELECT COALESCE((" + sql + "), 0)")
                .mapTo(BigDecimal.class).one());
    }

    /** The table rows of a printed answer whose cell at {@code dateColumn} is a date, split on the column gaps. */
    private static List<String[]> rows(String printed, int dateColumn) {
        List<String[]> rows = new ArrayList<>();
        for (String line : printed.split("\\R")) {
            String[] cells = line.trim().split("\\s{2,}");
            if (cells.length > dateColumn && DATE.matcher(cells[dateColumn]).matches()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The totals' row of a document type: type, documents, net, gross; null when the type has none. */
    private static String[] totalsRow(String printed, String type) {
        for (String line : printed.split("\\R")) {
            String[] cells = line.trim().split("\\s{2,}");
            if (cells.length == 4 && cells[0].equals(type)) {
                return cells;
            }
        }
        return null;
    }

    private static BigDecimal amount(String text) {
        Matcher matcher = AMOUNT.matcher(text.trim());
        assertThat(matcher.matches()).as("an amount: '" + text + "'").isTrue();
        return new BigDecimal(text.trim().replace(",", ""));
    }
}
