package dev.passerelle.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.run.RunMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** crm-sync rtdv: the real-time queries as commands, against a real ERP endpoint after a first sync. */
class RtdvCommandTest {

    private static ErpFixture fixture;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        fixture = ErpFixture.start(0);
        String script = ClasspathSqlLocator.removingComments()
                .getResource(RtdvCommandTest.class.getClassLoader(), "dev/passerelle/client/rtdv/erp-rtdv.sql");
        fixture.erpSql().useTransaction(handle -> handle.createScript(script).execute());
        fixture.engine.run("main", RunMode.DELTA);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String erpKey(String code) {
        return fixture.erpSql().withHandle(handle -> handle.createQuery("SELECT id FROM account WHERE code = :code")
                .bind("code", code).mapTo(String.class).one());
    }

    private static Path config() throws Exception {
        String crmUrl = fixture.engine.settings().store().jdbcUrl();
        Path file = dir.resolve("crm-sync.properties");
        Files.write(file, List.of("crm.db.url=" + crmUrl,
                "integration.main.erp.url=" + fixture.erp.endpointUrl(),
                "integration.main.erp.user=" + ErpFixture.USER,
                "integration.main.erp.password=" + ErpFixture.PASSWORD));
        return file;
    }

    private static String[] run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new RtdvCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] withConfig = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--config", config().toString())).toArray(String[]::new);
        int code = line.execute(withConfig);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void theSolvencyCommandPrintsTheFiguresAsATable() throws Exception {
        String[] result = run("solvency", "Dupont SA");

        assertThat(result[0]).isEqualTo(Integer.toString(ExitCodes.OK));
        assertThat(result[1]).contains("Solvency of Dupont SA (account DUPONT)")
                .containsPattern("= commercial balance\\s+360\\.00")
                .containsPattern("overdue\\s+120\\.00")
                .contains("Risk code STOP (Deliveries blocked): BLOCK");
    }

    @Test
    void theListingCommandsPrintTheirRowsAndWhereThePageStands() throws Exception {
        String[] invoices = run("invoices", "Dupont SA");
        String[] documents = run("documents", "--erp-key", erpKey("DIVERSM"), "--type", "invoice", "--search", "bern");
        String[] lines = run("lines", "Dupont SA", "--item", "ART2");

        assertThat(invoices[1]).containsPattern("FA001\\s+2020-01-10\\s+2020-02-09\\s+yes\\s+EUR\\s+100\\.00\\s+120\\.00\\s+0\\.00\\s+120\\.00")
                .contains("Rows 1-1 of 1");
        assertThat(documents[1]).contains("FA102").doesNotContain("FA101");
        assertThat(lines[1]).containsPattern("ORDER\\s+BC001\\s+2020-03-01\\s+1\\s+ART2\\s+Chaise\\s+4").contains("Rows 1-1 of 1");
    }

    @Test
    void theDocumentCommandPrintsTheHeaderAndItsLines() throws Exception {
        String key = fixture.erpSql().withHandle(handle -> handle.createQuery("SELECT id FROM document WHERE doc_number = 'FA001'")
                .mapTo(String.class).one());

        String[] result = run("document", key);

        assertThat(result[1]).contains("Commande 12").containsPattern("INVOICE\\s+FA001\\s+2020-01-10\\s+1\\s+ART1\\s+Bureau");
    }

    @Test
    void namingNeitherOrBothACompanyAndAnErpKeyIsRefused() throws Exception {
        assertThat(run("totals")[0]).isEqualTo(Integer.toString(ExitCodes.BAD_REQUEST));
        assertThat(run("ledger", "Dupont SA", "--erp-key", "1")[0]).isEqualTo(Integer.toString(ExitCodes.BAD_REQUEST));
    }

    @Test
    void anUnknownDocumentKeyFailsWithTheErpsAnswer() throws Exception {
        String[] result = run("document", "987654321");

        assertThat(result[0]).isEqualTo(Integer.toString(ExitCodes.FAILURE));
        assertThat(result[2]).contains("unknown ERP record");
    }

    @Test
    void everyRtdvSubCommandAnswersHelp() {
        CommandLine line = new CommandLine(new RtdvCommand());
        assertThat(line.getSubcommands().keySet())
                .containsExactlyInAnyOrder("solvency", "totals", "invoices", "ledger", "documents", "document", "lines");
        for (String command : line.getSubcommands().keySet()) {
            StringWriter out = new StringWriter();
            line.setOut(new PrintWriter(out));
            assertThat(line.execute(command, "--help")).isZero();
            assertThat(out.toString()).contains("Usage: rtdv " + command);
        }
    }
}
