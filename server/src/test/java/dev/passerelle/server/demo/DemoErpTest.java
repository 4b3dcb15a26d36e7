package dev.passerelle.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemoErpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Database freshErp() {
        Database database = Database.open(DatabaseSettings.of(H2Urls.memory("demo-" + UUID.randomUUID())), "demo");
        database.migrate("erp");
        return database;
    }

    private static long count(Database database, String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void fillsEveryPartOfTheReferenceErp() {
        try (Database database = freshErp()) {
            DemoErp.generate(database, 500, 7, TODAY);

            assertThat(count(database, "SELECT COUNT(*) FROM account")).isEqualTo(500);
            assertThat(count(database, "SELECT COUNT(*) FROM account WHERE account_type = 'SUPPLIER'")).isBetween(50L, 100L);
            assertThat(count(database, "SELECT COUNT(*) FROM account WHERE dormant = 1")).isPositive();
            assertThat(count(database, "SELECT COUNT(DISTINCT country) FROM account")).isEqualTo(8);
            assertThat(count(database, "SELECT COUNT(*) FROM contact")).isBetween(800L, 1200L);
            assertThat(count(database, "SELECT COUNT(*) FROM delivery_address")).isBetween(600L, 900L);
            assertThat(count(database, "SELECT COUNT(*) FROM delivery_address WHERE is_main = 1")).isEqualTo(500);
            assertThat(count(database, "SELECT COUNT(*) FROM representative")).isEqualTo(12);
            assertThat(count(database, "SELECT COUNT(*) FROM free_field_definition")).isEqualTo(4);
            assertThat(count(database, "SELECT COUNT(*) FROM account_free_value")).isPositive();
            assertThat(count(database, "SELECT COUNT(DISTINCT doc_type) FROM document")).isEqualTo(8);
            assertThat(count(database, "SELECT COUNT(*) FROM document d WHERE NOT EXISTS"
                    + " (SELECT 1 FROM document_line l WHERE l.document_id = d.id)")).isZero();
            assertThat(count(database, "SELECT COUNT(*) FROM ledger_entry WHERE lettering IS NOT NULL")).isPositive();
            assertThat(count(database, "SELECT COUNT(*) FROM ledger_entry WHERE due_date < '2026-11-23'")).isPositive();
            assertThat(count(database, "SELECT COUNT(*) FROM ledger_entry WHERE due_date > '2026-11-23'")).isPositive();
            assertThat(count(database, "SELECT COUNT(*) FROM account_figures")).isPositive();
        }
    }

    @Test
    void frenchVatNumbersCarryAValidKey() {
        try (Database database = freshErp()) {
            DemoErp.generate(database, 200, 11, TODAY);
            List<String> vats = database.jdbi().withHandle(handle -> handle
                    .createQuery("SELECT vat_number FROM account WHERE country = 'FR' AND vat_number IS NOT NULL")
                    .mapTo(String.class).list());

            assertThat(vats).isNotEmpty().allSatisfy(vat -> {
                long siren = Long.parseLong(vat.substring(4));
                assertThat(Integer.parseInt(vat.substring(2, 4))).isEqualTo((int) ((12 + 3 * (siren % 97)) % 97));
            });
        }
    }

    @Test
    void theSameSeedGivesTheSameErp() {
        try (Database first = freshErp(); Database second = freshErp()) {
            DemoErp.generate(first, 150, 3, TODAY);
            DemoErp.generate(second, 150, 3, TODAY);
            String digest = "SELECT code, name, vat_number, city FROM account ORDER BY code";

            List<Map<String, Object>> one = first.jdbi().withHandle(handle -> handle.createQuery(digest).mapToMap().list());
            List<Map<String, Object>> two = second.jdbi().withHandle(handle -> handle.createQuery(digest).mapToMap().list());
            assertThat(one).isEqualTo(two);
            assertThat(count(first, "SELECT SUM(gross_amount) FROM document"))
                    .isEqualTo(count(second, "SELECT SUM(gross_amount) FROM document"));
        }
    }
}
