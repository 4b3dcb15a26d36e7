package dev.passerelle.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed between two DDL statements of a migration (H2 commits each at once) leaves the
 * state these tests build by hand: the marker of a process that is gone, the backup taken before the
 * migration, and the first statement applied. Opening the database again must finish the migration.
 */
class H2MigrationGuardTest {

    private static final String COMPONENT = "guardtest";

    @TempDir
    Path folder;

    @Test
    void aMigrationKilledHalfWayIsUndoneFromItsBackupAndRunsAgainWhole() throws Exception {
        Path location = folder.resolve("store");
        String url = H2Urls.file(location);
        flyway(url).target("1").load().migrate();
        try (Handle handle = Jdbi.create(url).open()) {
            handle.execute("BACKUP TO '" + folder.resolve("store.before-migration.zip") + "'");
            handle.execute("ALTER TABLE t ADD c1 INT NULL");
        }
        Files.writeString(folder.resolve("store.migrating"), deadProcess());
        assertThatThrownBy(() -> flyway(url).load().migrate()).as("without the guard").hasMessageContaining("c1");

        try (Database database = Database.open(DatabaseSettings.of(url), "guard-test")) {
            database.migrate(COMPONENT);

            String name = database.jdbi().withHandle(handle -> handle.createQuery("SELECT name FROM t WHERE id = 1")
                    .mapTo(String.class).one());
            assertThat(name).isEqualTo("kept");
            assertThat(count(database.jdbi(), "SELECT COUNT(c1) + COUNT(c2) FROM t")).isZero();
        }
        assertThat(folder.resolve("store.migrating")).doesNotExist();
        assertThat(folder.resolve("store.before-migration.zip")).doesNotExist();
    }

    @Test
    void aFirstMigrationKilledHalfWayStartsOverOnAFreshFile() throws Exception {
        Path location = folder.resolve("fresh");
        String url = H2Urls.file(location);
        try (Handle handle = Jdbi.create(url).open()) {
            handle.execute("CREATE TABLE t (id INT NOT NULL PRIMARY KEY, name NVARCHAR(20) NOT NULL)");
        }
        Files.writeString(folder.resolve("fresh.migrating"), deadProcess());

        try (Database database = Database.open(DatabaseSettings.of(url), "guard-test")) {
            database.migrate(COMPONENT);

            assertThat(count(database.jdbi(), "SELECT COUNT(*) FROM t")).isOne();
        }
        assertThat(folder.resolve("fresh.migrating")).doesNotExist();
    }

    @Test
    void aMigrationThatEndsLeavesNeitherMarkerNorBackup() throws Exception {
        Path location = folder.resolve("plain");
        String url = H2Urls.file(location);
        flyway(url).target("1").load().migrate();

        try (Database database = Database.open(DatabaseSettings.of(url), "guard-test")) {
            assertThat(database.migrate(COMPONENT).migrationsExecuted).isOne();
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsOnly("plain.mv.db");
        }
    }

    @Test
    void theMarkerOfAProcessStillAliveIsLeftToIt() throws Exception {
        Path location = folder.resolve("busy");
        String url = H2Urls.file(location);
        flyway(url).target("1").load().migrate();
        Path marker = folder.resolve("busy.migrating");
        Files.writeString(marker, ProcessHandle.current().pid() + "@" + InetAddress.getLocalHost().getHostName());

        Database.open(DatabaseSettings.of(url), "guard-test").close();

        assertThat(marker).exists();
        assertThat(count(Jdbi.create(url), "SELECT COUNT(*) FROM t")).isOne();
    }

    private static int count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, "", "").locations("classpath:db/" + COMPONENT + "/common")
                .table("flyway_" + COMPONENT + "_history");
    }

    /** The marker's text for a process of this machine that has ended. */
    private static String deadProcess() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        return ended.pid() + "@" + InetAddress.getLocalHost().getHostName();
    }
}
