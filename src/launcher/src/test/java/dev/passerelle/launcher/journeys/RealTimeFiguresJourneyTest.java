package dev.passerelle.launcher.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRM user looks at a customer's live ERP figures from three commands and finds them telling the
 * same story: the invoices listed (credit notes negated) add up to the totals by document type over
 * the same period, the listing's row count is the totals' document count, and one invoice's lines add
 * up to the amount its header shows.
 */
class RealTimeFiguresJourneyTest {

    private static final Pattern AMOUNT = Pattern.compile("-?[\\d,]+\\.\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
