package dev.passerelle.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2RebuildTest {

    @TempDir
    Path folder;

    @Test
    void rebuildsTheFileFromItsRowsAndKeepsTheOldFileBesideIt() {
        Path location = folder.resolve("crm");
        String url = H2Urls.file(location);
        Jdbi.create(url).useHandle(handle -> {
            handle.execute("CREATE TABLE company (id BIGINT NOT NULL PRIMARY KEY, name NVARCHAR(100) NOT NULL)");
            handle.execute("CREATE TABLE contact (id BIGINT NOT NULL PRIMARY KEY, company_id BIGINT NOT NULL,"
                    + " CONSTRAINT fk_contact_company FOREIGN KEY (company_id) REFERENCES company (id))");
            for (int id = 1; id <= 500; id++) {
                handle.execute("INSERT INTO company (id, name) VALUES (?, ?)", id, "Société " + id);
                handle.execute("INSERT INTO contact (id, company_id) VALUES (?, ?)", id, id);
            }
        });

        H2Rebuild.Rebuilt rebuilt = H2Rebuild.rebuild(location, url, "", "");

        assertThat(rebuilt.damagedCopy()).exists().isNotEqualTo(folder.resolve("crm.mv.db"));
        assertThat(rebuilt.damagedCopy().getFileName().toString()).startsWith("crm.damaged-").endsWith(".mv.db");
        assertThat(rebuilt.script()).exists();
        assertThat(folder.resolve("crm.mv.db")).exists();
        Jdbi.create(url).useHandle(handle -> {
            assertThat(count(handle, "SELECT COUNT(*) FROM company")).isEqualTo(500);
            assertThat(handle.createQuery("SELECT name FROM company WHERE id = 42").mapTo(String.class).one())
                    .isEqualTo("Société 42");
            assertThatThrownBy(() -> handle.execute("INSERT INTO contact (id, company_id) VALUES (1000, 1000)"))
                    .hasMessageContaining("fk_contact_company");
        });
    }

    @Test
    void removesTheWorkFolderOfARepairKilledBeforeItEnded() throws Exception {
        Path location = folder.resolve("crm");
        String url = H2Urls.file(location);
        Jdbi.create(url).useHandle(handle -> handle.execute("CREATE TABLE t (id INT)"));
        Path killed = Files.createDirectory(folder.resolve("crm.rebuild-4711"));
        Files.write(killed.resolve("rebuilt.mv.db"), new byte[4096]);
        Path otherStore = Files.createDirectory(folder.resolve("erp.rebuild-4711"));

        H2Rebuild.rebuild(location, url, "", "");

        assertThat(killed).doesNotExist();
        assertThat(otherStore).as("another database's repair is not this one's").exists();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("crm.rebuild"));
        }
    }

    @Test
    void refusesToRunBesideAnotherRepairOfTheSameFile() throws Exception {
        Path location = folder.resolve("crm");
        String url = H2Urls.file(location);
        Jdbi.create(url).useHandle(handle -> handle.execute("CREATE TABLE t (id INT)"));
        byte[] before = Files.readAllBytes(folder.resolve("crm.mv.db"));

        try (FileChannel channel = FileChannel.open(folder.resolve("crm.rebuild.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock running = channel.lock()) {
            assertThatThrownBy(() -> H2Rebuild.rebuild(location, url, "", ""))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("another repair of");
        }
        assertThat(folder.resolve("crm.mv.db")).hasBinaryContent(before);
    }

    @Test
    void refusesADatabaseThatIsOpen() throws Exception {
        Path location = folder.resolve("open");
        String url = H2Urls.file(location);
        try (Handle open = Jdbi.create(url).open()) {
            open.execute("CREATE TABLE t (id INT)");

            assertThat(H2Rebuild.inUse(location)).isTrue();
            assertThatThrownBy(() -> H2Rebuild.rebuild(location, url, "", ""))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is open in a process");
        }
        assertThat(H2Rebuild.inUse(location)).isFalse();
        assertThat(Files.list(folder)).noneMatch(file -> file.getFileName().toString().contains("damaged"));
    }

    @Test
    void aFileThatRecoveryCannotReadIsLeftAsItWasWithATypedError() throws Exception {
        Path location = folder.resolve("broken");
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(folder.resolve("broken.mv.db"), garbage);

        assertThatThrownBy(() -> H2Rebuild.rebuild(location, H2Urls.file(location), "", ""))
                .isInstanceOf(H2Rebuild.NotRebuilt.class).hasMessageContaining("H2's recovery");

        assertThat(folder.resolve("broken.mv.db")).hasBinaryContent(garbage);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .allMatch(name -> name.equals("broken.mv.db") || name.startsWith("broken.recovered-"));
        }
    }

    @Test
    void aReadOnlyUrlLeavesSharingOutAndKeepsTheRest() {
        String url = H2Urls.file(Path.of("/srv/crm/store"));

        String readOnly = H2Urls.readOnly(url);

        assertThat(readOnly).startsWith("jdbc:h2:file:/srv/crm/store;").contains(";MODE=MSSQLServer").contains(";ACCESS_MODE_DATA=r")
                .doesNotContain("AUTO_SERVER");
        assertThat(H2Urls.relocated(url, Path.of("/srv/crm/other"))).isEqualTo(url.replace("/srv/crm/store", "/srv/crm/other"));
    }

    @Test
    void findsTheFileOfAFileUrlOnly() {
        assertThat(H2Urls.fileLocation("jdbc:h2:file:/srv/crm/store;MODE=MSSQLServer")).contains(Path.of("/srv/crm/store"));
        assertThat(H2Urls.fileLocation("jdbc:h2:/srv/crm/store")).contains(Path.of("/srv/crm/store"));
        assertThat(H2Urls.fileLocation("jdbc:h2:~/store")).contains(Path.of(System.getProperty("user.home"), "store"));
        assertThat(H2Urls.fileLocation("jdbc:h2:mem:store")).isEmpty();
        assertThat(H2Urls.fileLocation("jdbc:h2:tcp://host/store")).isEmpty();
        assertThat(H2Urls.fileLocation("jdbc:sqlserver://host;databaseName=crm")).isEmpty();
    }

    private static long count(Handle handle, String sql) {
        return handle.createQuery(sql).mapTo(Long.class).one();
    }
}
