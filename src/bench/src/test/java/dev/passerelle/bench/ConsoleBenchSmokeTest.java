package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bench console} at a small size, end to end: every page is answered and timed (never its speed). */
class ConsoleBenchSmokeTest {

    @TempDir
    Path out;

    @Test
    void everyConsolePageIsTimedFirstAndLastFilteredAndNot() throws IOException {
        int exit = new CommandLine(new BenchCommand()).execute("console", "--accounts", "1000", "--warm-up", "0", "--samples", "2",
                "--out", out.toString());

        assertThat(exit).isZero();
        String report = Files.readString(out.resolve("console-bench.md"), StandardCharsets.UTF_8);
        List<String> rows = report.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| page")).toList();
        assertThat(rows).hasSize(36);
        assertThat(rows).anyMatch(row -> row.startsWith("| diagnose, kind UNLINKED_COMPANY, last page"))
                .anyMatch(row -> row.startsWith("| run log, kind CONFLICT, last page") && row.contains("kind=CONFLICT&offset="))
                .anyMatch(row -> row.startsWith("| orphans, why SECONDARY, last page") && row.contains("kind=SECONDARY&offset="))
                .anyMatch(row -> row.startsWith("| company, invoices tab, last page"));
        assertThat(rows).allMatch(row -> row.matches("\\| [^|]+ \\| [0-9.]+ \\| [0-9.]+ \\| (yes|NO) \\| `/[^`]*` \\|"));
        assertThat(report).contains("CRM store of 1,000 accounts").contains("load average");
    }
}
