package dev.passerelle.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TableTest {

    private static String print(Table table, OutputFormat format) {
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out), format);
        return out.toString();
    }

    @Test
    void aLongCellWrapsWithinItsColumnAndNothingIsCut() {
        String errors = "account.accountCode NOT_UNIQUE: another account has this code (C0000001); "
                + "account.currency INVALID_VALUE: XYZ is not one of the ERP's currencies";
        Table table = new Table("id>", "field errors").row(7, errors);

        String text = print(table, OutputFormat.TEXT);

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Table.WRAP + 4));
        assertThat(text.replaceAll("\\s+", " ")).contains(errors);
        assertThat(text).doesNotContain("…");
    }

    @Test
    void jsonHasOneObjectARowKeyedByTheHeadersWithNumbersAsNumbers() {
        Table table = new Table("CRM id>", "started (UTC)", "message").row(12L, "2026-12-06", "a \"quoted\"\nline").row(13L, null, "");

        assertThat(print(table, OutputFormat.JSON)).isEqualTo("""
                [
                  {"crm_id": 12, "started_utc": "2026-12-06", "message": "a \\"quoted\\"\\nline"},
                  {"crm_id": 13, "started_utc": "", "message": ""}
                ]
                """);
        assertThat(print(new Table("a"), OutputFormat.JSON)).isEqualTo("[]\n");
    }

    @Test
    void aDecimalIsAJsonNumberInPlainNotation() {
        Table table = new Table("net>").row(new BigDecimal("1E+3")).row(new BigDecimal("-12.3400"));

        assertThat(print(table, OutputFormat.JSON)).isEqualTo("""
                [
                  {"net": 1000},
                  {"net": -12.3400}
                ]
                """);
    }
}
