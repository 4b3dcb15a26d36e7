package dev.passerelle.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class H2UrlsTest {

    @Test
    void aBareFileUrlGetsTheModeDurableCommitsAndTheAutomaticServer() {
        String url = H2Urls.normalise("jdbc:h2:file:/data/crm");

        assertThat(url).startsWith("jdbc:h2:file:/data/crm;")
                .contains(";MODE=MSSQLServer", ";DATABASE_TO_UPPER=FALSE", ";CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                        ";WRITE_DELAY=0", ";AUTO_SERVER=TRUE").doesNotContain("DB_CLOSE_ON_EXIT");
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String once = H2Urls.normalise("jdbc:h2:./data/crm");
        assertThat(H2Urls.normalise(once)).isEqualTo(once);
    }

    @Test
    void settingsTheUrlGivesAreKept() {
        String url = H2Urls.normalise("jdbc:h2:file:/data/crm;write_delay=500;mode=mssqlserver;AUTO_SERVER=FALSE");

        assertThat(url).doesNotContain("WRITE_DELAY=0", "AUTO_SERVER=TRUE", ";MODE=MSSQLServer");
        assertThat(url).contains("write_delay=500");
    }

    @ParameterizedTest(name = "{0} is not a file: no durable-commit or server settings")
    @CsvSource({"jdbc:h2:mem:test", "jdbc:h2:tcp://localhost/~/crm", "jdbc:h2:ssl://db/crm"})
    void databasesNotInAFileGetOnlyTheModeAndStayOpenUntilClosed(String given) {
        assertThat(H2Urls.normalise(given)).contains(";MODE=MSSQLServer", ";DB_CLOSE_ON_EXIT=FALSE")
                .doesNotContain("WRITE_DELAY", "AUTO_SERVER");
    }

    @ParameterizedTest(name = "a file URL with {0} keeps its way of sharing the file, and gets durable commits")
    @CsvSource({"DB_CLOSE_ON_EXIT=FALSE", "FILE_LOCK=NO", "AUTO_SERVER=FALSE"})
    void aUrlThatChoosesHowTheFileIsSharedGetsNoAutomaticServer(String setting) {
        assertThat(H2Urls.normalise("jdbc:h2:file:/data/crm;" + setting)).contains(";WRITE_DELAY=0")
                .doesNotContain("AUTO_SERVER=TRUE");
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:file:/data/crm;MODE=Oracle|MODE=Oracle",
            "jdbc:h2:file:/data/crm;DATABASE_TO_UPPER=TRUE|DATABASE_TO_UPPER=TRUE",
            "jdbc:h2:mem:x;CASE_INSENSITIVE_IDENTIFIERS=FALSE|CASE_INSENSITIVE_IDENTIFIERS=FALSE"})
    void aSettingPasserelleCannotRunWithIsRefusedByName(String given, String named) {
        assertThatThrownBy(() -> H2Urls.normalise(given)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @Test
    void databaseSettingsNormaliseTheirUrl() {
        assertThat(DatabaseSettings.of("jdbc:h2:mem:normalised").jdbcUrl()).contains(";MODE=MSSQLServer");
    }

    /**
     * A child JVM commits a row and is halted at once (no shutdown hook, no close: as kill -9 would
     * leave it); the row must be in the file when the database is opened again.
     */
    @Test
    void aCommitSurvivesTheProcessBeingKilledRightAfterIt(@TempDir Path folder) throws Exception {
        String url = H2Urls.file(folder.resolve("durable"));
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitThenHalt.class.getName(), url))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("committed");

        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM acknowledged")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(CommitThenHalt.ROWS);
        }
    }

    /** The child of {@link #aCommitSurvivesTheProcessBeingKilledRightAfterIt}. */
    public static final class CommitThenHalt {
        static final int ROWS = 200;

        public static void main(String[] args) throws SQLException {
            Connection connection = DriverManager.getConnection(args[0]);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE acknowledged (id INT NOT NULL PRIMARY KEY)");
                for (int id = 1; id <= ROWS; id++) {
                    statement.execute("INSERT INTO acknowledged (id) VALUES (" + id + ")");
                }
            }
            System.out.println("committed");
            System.out.flush();
            Runtime.getRuntime().halt(9);
        }
    }
}
