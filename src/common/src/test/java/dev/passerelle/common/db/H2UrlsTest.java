package dev.passerelle.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2UrlsTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void thePageCacheIsASixteenthOfTheHeapBetween16And64MiB() {
        assertThat(H2Urls.cacheKib(256 * MIB)).isEqualTo(16 * 1024);
        assertThat(H2Urls.cacheKib(512 * MIB)).isEqualTo(32 * 1024);
        assertThat(H2Urls.cacheKib(6 * 1024 * MIB)).isEqualTo(64 * 1024);
        assertThat(H2Urls.cacheKib(64 * MIB)).isEqualTo(16 * 1024);
    }

    @Test
    void aFileDatabaseOpensWithThatCache(@TempDir Path folder) {
        Jdbi jdbi = Jdbi.create(H2Urls.file(folder.resolve("cache")));
        String size = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")
                .mapTo(String.class).one());
        assertThat(Long.parseLong(size)).isEqualTo(H2Urls.cacheKib(Runtime.getRuntime().maxMemory()) / 1024);
    }
}
