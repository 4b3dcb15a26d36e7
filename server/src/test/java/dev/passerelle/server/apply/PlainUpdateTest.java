package dev.passerelle.server.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.db.DataAccessError;
import dev.passerelle.common.db.Database;
import dev.passerelle.common.db.DatabaseErrors;
import dev.passerelle.common.db.DatabaseSettings;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.Address;
import dev.passerelle.contract.v1.Email;
import dev.passerelle.contract.v1.EmailType;
import dev.passerelle.contract.v1.Phone;
import dev.passerelle.contract.v1.PhoneType;
import dev.passerelle.server.store.Keys;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The writes of ApplyChanges run as plain JDBC: every value and every null lands in its column, and a
 * database error surfaces with its SQLException, classified as a JDBI write's was.
 */
class PlainUpdateTest {

    private final AccountApplier accounts = new AccountApplier();
    private Database erp;

    @BeforeEach
    void open() {
        erp = Database.open(DatabaseSettings.of(H2Urls.memory("plain-update-" + UUID.randomUUID())), "plain-update");
        erp.migrate("erp");
    }

    @AfterEach
    void close() {
        erp.close();
    }

    @Test
    void accountValuesAndNullsRoundTrip() {
        erp.jdbi().useTransaction(handle -> {
            long representative = handle.createUpdate("INSERT INTO representative (code, last_name) VALUES (N'R1', N'Martin')")
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long id = accounts.insert(handle, full("PLAIN1", representative));
            long version = version(handle, id);

            assertThat(row(handle, id)).containsAllEntriesOf(Map.ofEntries(
                    Map.entry("ACCOUNT_TYPE", "SUPPLIER"), Map.entry("CODE", "PLAIN1"), Map.entry("NAME", "Scierie Plaine"),
                    Map.entry("SHORT_NAME", "Plaine"), Map.entry("WEBSITE", "https://plaine.example.com"),
                    Map.entry("DORMANT", true), Map.entry("CURRENCY", "EUR"), Map.entry("STREET", "1 route du Bois"),
                    Map.entry("COUNTRY", "FR"), Map.entry("PHONE_MOBILE", "+33 6 12 34 56 78"),
                    Map.entry("EMAIL_INVOICING", "factures@plaine.example.com"), Map.entry("REPRESENTATIVE_ID", representative),
                    Map.entry("CREDIT_LIMIT", new BigDecimal("1500.2500")), Map.entry("COLLECTIVE_ACCOUNT", "401000")));

            Account emptied = bare("PLAIN2");
            assertThat(accounts.update(handle, id, version, emptied)).isEqualTo(1);

            Map<String, Object> after = row(handle, id);
            assertThat(after).containsEntry("CODE", "PLAIN2").containsEntry("DORMANT", false).containsEntry("ACCOUNT_TYPE", "CUSTOMER");
            for (String column : new String[] {"SHORT_NAME", "WEBSITE", "STREET", "COUNTRY", "PHONE_MOBILE", "EMAIL_INVOICING",
                    "REPRESENTATIVE_ID", "CREDIT_LIMIT"}) {
                assertThat(after.get(column)).as(column).isNull();
            }
            assertThat(after).containsEntry("COLLECTIVE_ACCOUNT", "401000"); // travels ERP to CRM only: never written back
            assertThat(accounts.update(handle, id, version, emptied)).as("stale base version").isZero();
        });
    }

    @Test
    void aDuplicateCodeSurfacesClassified() {
        Throwable failure = erp.jdbi().inTransaction(handle -> {
            accounts.insert(handle, bare("TAKEN"));
            long id = accounts.insert(handle, bare("FREE"));
            return catching(() -> accounts.update(handle, id, version(handle, id), bare("TAKEN")));
        });

        assertThat(DatabaseErrors.classify(failure)).isInstanceOf(DataAccessError.DuplicateKey.class);
        assertThat(failure).hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void anUnknownRepresentativeSurfacesAsAForeignKeyError() {
        Throwable failure = erp.jdbi().inTransaction(handle -> {
            long id = accounts.insert(handle, bare("ALONE"));
            Account withGhost = bare("ALONE");
            withGhost.setRepresentativeKey(Keys.of(987_654));
            return catching(() -> accounts.update(handle, id, version(handle, id), withGhost));
        });

        assertThat(DatabaseErrors.classify(failure)).isInstanceOf(DataAccessError.ForeignKey.class);
    }

    @Test
    void everyParameterMustBeBoundAndOnlyThose() {
        erp.jdbi().useHandle(handle -> {
            PlainUpdate update = PlainUpdate.of(handle, "UPDATE account SET name = :name WHERE id = :id").bind("id", 1L);
            assertThatThrownBy(update::execute).isInstanceOf(IllegalStateException.class).hasMessageContaining(":name");
            assertThatThrownBy(() -> update.bind("nmae", "typo")).isInstanceOf(IllegalArgumentException.class);
        });
    }

    private static Throwable catching(Runnable write) {
        try {
            write.run();
            return null;
        } catch (RuntimeException failure) {
            return failure;
        }
    }

    private static Account bare(String code) {
        Account account = new Account();
        account.setType(dev.passerelle.contract.v1.AccountType.CUSTOMER);
        account.setAccountCode(code);
        account.setName("Compte " + code);
        account.setCurrency("EUR");
        account.setAccountingCategory("NATIONAL");
        account.setPriceCategory("STANDARD");
        account.setLanguage("FR");
        return account;
    }

    private static Account full(String code, long representative) {
        Account account = bare(code);
        account.setType(dev.passerelle.contract.v1.AccountType.SUPPLIER);
        account.setName("Scierie Plaine");
        account.setShortName("Plaine");
        account.setWebsite("https://plaine.example.com");
        account.setDormant(true);
        Address address = new Address();
        address.setStreet("1 route du Bois");
        address.setCountry("FR");
        account.setBillingAddress(address);
        Phone mobile = new Phone();
        mobile.setType(PhoneType.MOBILE);
        mobile.setNumber("+33 6 12 34 56 78");
        account.getPhone().add(mobile);
        Email invoicing = new Email();
        invoicing.setType(EmailType.INVOICING);
        invoicing.setAddress("factures@plaine.example.com");
        account.getEmail().add(invoicing);
        account.setRepresentativeKey(Keys.of(representative));
        account.setCreditLimit(new BigDecimal("1500.25"));
        return account;
    }

    private static long version(Handle handle, long id) {
        return handle.createQuery("SELECT row_version FROM account WHERE id = :id").bind("id", id).mapTo(Long.class).one();
    }

    private static Map<String, Object> row(Handle handle, long id) {
        Map<String, Object> row = new java.util.HashMap<>();
        handle.createQuery("SELECT * FROM account WHERE id = :id").bind("id", id).mapToMap().one()
                .forEach((column, value) -> row.put(column.toUpperCase(java.util.Locale.ROOT), value));
        return row;
    }
}
