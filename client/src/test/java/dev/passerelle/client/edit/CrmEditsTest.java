package dev.passerelle.client.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.TestEngines;
import dev.passerelle.client.config.CodeMode;
import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.config.TransferMode;
import dev.passerelle.client.run.Action;
import dev.passerelle.client.run.EngineException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CrmEditsTest {

    private CrmEngine engine;

    private CrmEngine engine(IntegrationSettings integration) {
        engine = TestEngines.withoutErp(integration);
        return engine;
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private long outboxCount() {
        return engine.store().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Long.class).one());
    }

    private List<Map<String, Object>> outbox() {
        return engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT entity, crm_id, operation FROM outbox ORDER BY id").mapToMap().list());
    }

    @Test
    void companyWithoutAccountIsNotSentButCreateAccountQueuesItWithItsContactsAndAddresses() {
        engine(TestEngines.integration("http://localhost:1/erp"));
        CrmEdits edits = engine.edits();
        long company = edits.createCompany(new NewCompany("Dupont SARL", "CUSTOMER", "FR 12 345", null, "1 rue Haute", "75001", "Paris", "FR"));
        long contact = edits.addContact(company, Map.of("lastName", "Dupont", "firstName", "Anne"));
        edits.addAddress(company, Map.of("label", "Depot", "address.city", "Lyon"));
        assertThat(outboxCount()).isZero();

        engine.users().add("alice", "Alice");
        long account = edits.createAccount("alice", company, "main", null);

        assertThat(outbox()).extracting(row -> row.get("entity") + "/" + row.get("operation"))
                .containsExactly("ACCOUNT/INSERT", "DELIVERY_ADDRESS/INSERT", "CONTACT/INSERT");
        Map<String, Object> row = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT account_code, currency, city, name FROM account WHERE id = :id").bind("id", account).mapToMap().one());
        assertThat(row).containsEntry("account_code", AccountCodes.AUTO_ERP).containsEntry("currency", "EUR")
                .containsEntry("city", "Paris").containsEntry("name", "Dupont SARL");
        Map<String, Object> person = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT is_primary, city FROM contact WHERE id = :id").bind("id", contact).mapToMap().one());
        assertThat(person).containsEntry("is_primary", true).containsEntry("city", "Paris");
    }

    @Test
    void editsOfARecordNotYetSentAreCoalescedIntoOneEntry() {
        engine(TestEngines.integration("http://localhost:1/erp"));
        long company = engine.edits().createCompany(NewCompany.of("Alpha", "BE0123"));
        engine.edits().createAccount(null, company, "main", null);

        engine.edits().renameCompany(company, "Alpha NV");
        engine.edits().editCompany(company, "website", "alpha.example");
        engine.edits().renameCompany(company, "Alpha BV");

        assertThat(outbox()).hasSize(1);
        String name = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT new_value FROM outbox_field WHERE field = N'name'").mapTo(String.class).one());
        assertThat(name).isEqualTo("Alpha BV");
    }

    @Test
    void invalidValueIsRefusedAndNothingIsWritten() {
        engine(TestEngines.integration("http://localhost:1/erp"));
        long company = engine.edits().createCompany(NewCompany.of("Beta", null));
        engine.edits().createAccount(null, company, "main", null);
        long before = outboxCount();

        assertThatThrownBy(() -> engine.edits().editCompany(company, "billing.country", "France"))
                .isInstanceOf(EngineException.BadRequest.class).hasMessageContaining("billing.country");
        assertThatThrownBy(() -> engine.edits().editCompany(company, "paymentTerms", "30D"))
                .isInstanceOf(EngineException.BadRequest.class).hasMessageContaining("ERP only");
        assertThatThrownBy(() -> engine.edits().addContact(company, Map.of("firstName", "No last name")))
                .isInstanceOf(EngineException.BadRequest.class).hasMessageContaining("lastName");

        assertThat(outboxCount()).isEqualTo(before);
        String country = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT country FROM company WHERE id = :id").bind("id", company).mapTo(String.class).findOne().orElse(null));
        assertThat(country).isNull();
    }

    @Test
    void linkedCompanyCannotBeDeletedOnlySetInactive() {
        engine(TestEngines.integration("http://localhost:1/erp"));
        long company = engine.edits().createCompany(NewCompany.of("Gamma", null));
        long account = engine.edits().createAccount(null, company, "main", null);

        assertThatThrownBy(() -> engine.edits().deleteCompany(company))
                .isInstanceOf(EngineException.BadRequest.class).hasMessageContaining("inactive");
        engine.edits().setCompanyActive(company, false);

        Map<String, Object> row = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT a.dormant, c.active FROM account a JOIN company c ON c.id = a.company_id WHERE a.id = :id")
                .bind("id", account).mapToMap().one());
        assertThat(row).containsEntry("dormant", true).containsEntry("active", false);
    }

    @Test
    void unlinkedCompanyCanBeDeleted() {
        engine(TestEngines.integration("http://localhost:1/erp"));
        long company = engine.edits().createCompany(NewCompany.of("Delta", null));
        engine.edits().addContact(company, Map.of("lastName", "Roe"));

        engine.edits().deleteCompany(company);

        int companies = engine.store().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM company")
                .mapTo(Integer.class).one());
        assertThat(companies).isZero();
    }

    @Test
    void neverTransferModeRefusesAccountCreation() {
        engine(TestEngines.integration("http://localhost:1/erp").withTransferMode(TransferMode.NEVER));
        long company = engine.edits().createCompany(NewCompany.of("Epsilon", null));

        assertThatThrownBy(() -> engine.edits().createAccount(null, company, "main", null))
                .isInstanceOf(EngineException.BadRequest.class).hasMessageContaining("never");
        assertThat(outboxCount()).isZero();
    }

    @Test
    void deniedUserCannotCreateAnAccount() {
        engine(TestEngines.integration("http://localhost:1/erp"));
        engine.users().add("bob", "Bob");
        engine.users().deny("bob", Action.CREATE_ACCOUNT);
        long company = engine.edits().createCompany(NewCompany.of("Zeta", null));

        assertThatThrownBy(() -> engine.edits().createAccount("bob", company, "main", null))
                .isInstanceOf(EngineException.PermissionDenied.class);
        assertThat(outboxCount()).isZero();
    }

    static Stream<Arguments> codeModes() {
        return Stream.of(
                argumentSet("free entry without a code waits with a placeholder", CodeMode.FREE, "", null, "[PENDING]"),
                argumentSet("free entry takes the typed code in upper case", CodeMode.FREE, "", "dup001", "DUP001"),
                argumentSet("CRM numbering is the company id", CodeMode.CRM, "", null, "<id>"),
                argumentSet("CRM numbering adds the suffix", CodeMode.CRM, "FR", null, "<id>FR"),
                argumentSet("ERP numbering leaves the code to the ERP", CodeMode.ERP, "", "IGNORED", "<AUTOERP>"));
    }

    @ParameterizedTest
    @MethodSource("codeModes")
    void accountingCodeFollowsTheIntegrationsMode(CodeMode mode, String suffix, String typed, String expected) {
        engine(TestEngines.integration("http://localhost:1/erp").withCodeMode(mode, suffix));
        long company = engine.edits().createCompany(NewCompany.of("Eta", null));

        long account = engine.edits().createAccount(null, company, "main", typed);

        String code = engine.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT account_code FROM account WHERE id = :id").bind("id", account).mapTo(String.class).one());
        assertThat(code).isEqualTo(expected.replace("<id>", Long.toString(company)));
    }

    static Stream<Arguments> badCodes() {
        return Stream.of(
                argumentSet("lower-case letters and punctuation", "AB-12"),
                argumentSet("longer than 17 characters", "ABCDEFGHIJKLMNOPQR"),
                argumentSet("spaces inside", "AB 12"));
    }

    @ParameterizedTest
    @MethodSource("badCodes")
    void badTypedCodeIsRefused(String code) {
        engine(TestEngines.integration("http://localhost:1/erp").withCodeMode(CodeMode.FREE, ""));
        long company = engine.edits().createCompany(NewCompany.of("Theta", null));

        assertThatThrownBy(() -> engine.edits().createAccount(null, company, "main", code))
                .isInstanceOf(EngineException.BadRequest.class).hasMessageContaining("17");
        assertThat(outboxCount()).isZero();
    }
}
