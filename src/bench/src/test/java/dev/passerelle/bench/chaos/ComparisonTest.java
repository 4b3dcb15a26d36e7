package dev.passerelle.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.run.RunStatus;
import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The comparison against real databases: a demo ERP and the CRM store of its first sync, made once,
 * copied for each case and damaged by SQL on the copies. A clean pair has no finding; each damage is
 * found, and classified as it should be.
 */
class ComparisonTest {

    private static final String FIRST_CONTACT = "(SELECT MIN(id) FROM contact)";

    @TempDir
    static Path synced;

    @TempDir
    Path folder;

    @BeforeAll
    static void syncADemoErp() {
        Credentials credentials = Credentials.random();
        TrialFolder pair = new TrialFolder(synced);
        ServerSettings settings = ServerSettings.builder().host("127.0.0.1").port(0).jdbcUrl(H2Urls.file(pair.erp()))
                .users(Users.builder().add(credentials.user(), credentials.password(), Role.SYNC).build())
                .demoAccounts(40).build();
        try (ErpServer erp = ErpServer.start(settings);
             CrmEngine engine = CrmEngine.open(credentials.engineSettings(pair.crm(), erp.endpointUrl()))) {
            assertThat(engine.run(Credentials.INTEGRATION, RunMode.DELTA).status()).isEqualTo(RunStatus.SUCCESS);
        }
    }

    /**
     * One damage: SQL on one side, what the trial expected, and the finding it must give; {@code alone}:
     * every finding it gives is of that kind (a copy is never also counted lost, a lost record never a copy).
     */
    record Damage(Side side, List<String> statements, Expectations expected, Findings.Kind kind, String subject,
                  boolean alone) {
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                damage("a CRM contact deleted with its identity: its ERP contact is lost", Side.CRM, List.of(
                        "DELETE FROM identity_map WHERE entity = 'CONTACT' AND crm_id = " + FIRST_CONTACT,
                        "DELETE FROM contact WHERE id = " + FIRST_CONTACT), Expectations.none(),
                        Findings.Kind.LOST, "ERP contact \\d+"),
                damage("a CRM contact deleted, its identity kept: mapped to a record the CRM no longer has", Side.CRM,
                        List.of("DELETE FROM contact WHERE id = " + FIRST_CONTACT), Expectations.none(),
                        Findings.Kind.LOST, "ERP contact \\d+"),
                damage("an ERP account's city changed alone: the field differs", Side.ERP,
                        List.of("UPDATE account SET city = 'Elsewhere' WHERE id = (SELECT MIN(id) FROM account)"),
                        Expectations.none(), Findings.Kind.LOST, "account ERP \\d+ / CRM \\d+ city"),
                damage("an ERP contact inserted twice: the copy is duplicated", Side.ERP, List.of(
                        "INSERT INTO contact (account_id, first_name, last_name, phone_main, email_main) SELECT account_id,"
                                + " first_name, last_name, phone_main, email_main FROM contact WHERE id = " + FIRST_CONTACT),
                        Expectations.none(), Findings.Kind.DUPLICATED, "ERP contact \\d+"),
                damage("a CRM address inserted twice: the copy is duplicated", Side.CRM, List.of(
                        "INSERT INTO address (id, account_id, company_id, label, city, is_main) SELECT 900000001, account_id,"
                                + " company_id, label, city, 0 FROM address WHERE id = (SELECT MIN(id) FROM address)"),
                        Expectations.none(), Findings.Kind.DUPLICATED, "CRM delivery address 900000001"),
                damage("a marker on two ERP contacts is duplicated", Side.ERP, List.of(
                        "UPDATE contact SET last_name = 'Marked' WHERE id IN (SELECT TOP 2 id FROM contact ORDER BY id)"),
                        new Expectations.Builder().marker(Entity.CONTACT, "last_name", "Marked").build(),
                        Findings.Kind.DUPLICATED, "marker contact 'Marked' in the ERP", false),
                damage("a marker on no record is lost", Side.ERP, List.of(),
                        new Expectations.Builder().marker(Entity.DELIVERY_ADDRESS, "label", "Nowhere").build(),
                        Findings.Kind.LOST, "marker delivery address 'Nowhere' in the CRM"),
                damage("a CRM edit not in the ERP is lost", Side.CRM, List.of(
                        "UPDATE contact SET last_name = 'Edited' WHERE id = " + FIRST_CONTACT),
                        new Expectations.Builder().edit(Entity.CONTACT, Side.CRM, 0, "last_name", "Edited").build(),
                        Findings.Kind.LOST, "edit of CRM contact \\d+ last_name"),
                damage("an ERP delete still in the CRM is lost", Side.ERP, List.of(
                        "DELETE FROM contact WHERE id = " + FIRST_CONTACT),
                        new Expectations.Builder().removal(Entity.CONTACT, Side.ERP, 0, 0L).build(),
                        Findings.Kind.LOST, "delete of ERP contact \\d+"),
                damage("a pending outbox entry is unsettled", Side.CRM, List.of(
                        "INSERT INTO outbox (integration, entity, crm_id, operation, state, created_at, updated_at)"
                                + " VALUES ('main', 'CONTACT', 1, 'UPDATE', 'PENDING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"),
                        Expectations.none(), Findings.Kind.UNSETTLED, "outbox entry \\d+: UPDATE of CONTACT 1"));
    }

    @Test
    void theFirstSyncOfADemoErpHasNoFinding() {
        TrialFolder pair = copy();

        Findings findings = Comparison.of(pair.erp(), pair.crm(), Expectations.none());

        assertThat(findings.all()).isEmpty();
        Snapshot snapshot = Snapshot.read(pair.erp(), pair.crm());
        assertThat(snapshot.rows(Side.ERP, Entity.CONTACT)).as("the comparison compared something").hasSizeGreaterThan(40);
        assertThat(snapshot.rows(Side.CRM, Entity.CONTACT)).hasSameSizeAs(snapshot.rows(Side.ERP, Entity.CONTACT));
    }

    @ParameterizedTest
    @MethodSource("damages")
    void findsTheDamage(Damage damage) {
        TrialFolder pair = copy();
        Expectations expected = withFirstContact(pair, damage.expected());
        try (Handle handle = Jdbi.create(H2Urls.file(damage.side() == Side.ERP ? pair.erp() : pair.crm())).open()) {
            damage.statements().forEach(handle::execute);
        }

        Findings findings = Comparison.of(pair.erp(), pair.crm(), expected);

        assertThat(findings.all()).anySatisfy(finding -> {
            assertThat(finding.kind()).isEqualTo(damage.kind());
            assertThat(finding.subject()).matches(damage.subject());
        });
        if (damage.alone()) {
            assertThat(findings.all()).allSatisfy(finding -> assertThat(finding.kind()).isEqualTo(damage.kind()));
        }
    }

    private TrialFolder copy() {
        TrialFolder pair = new TrialFolder(folder);
        TrialFolder source = new TrialFolder(synced);
        pair.copyDatabase(source.erp(), pair.erp());
        pair.copyDatabase(source.crm(), pair.crm());
        return pair;
    }

    /** The cases name "the first contact" of the side they damage as id 0: its id, and its counterpart's, here. */
    private static Expectations withFirstContact(TrialFolder pair, Expectations expected) {
        Snapshot before = Snapshot.read(pair.erp(), pair.crm());
        Expectations.Builder resolved = new Expectations.Builder();
        expected.edits().forEach(edit -> resolved.edit(edit.entity(), edit.side(), firstContact(before, edit.side()),
                edit.field(), edit.value()));
        expected.removals().forEach(removal -> {
            long id = firstContact(before, removal.side());
            resolved.removal(removal.entity(), removal.side(), id,
                    before.identities().counterpart(Entity.CONTACT, removal.side(), id).orElseThrow());
        });
        expected.markers().forEach(marker -> resolved.marker(marker.entity(), marker.field(), marker.value()));
        return resolved.build();
    }

    private static long firstContact(Snapshot snapshot, Side side) {
        return snapshot.rows(side, Entity.CONTACT).keySet().stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static Arguments damage(String name, Side side, List<String> statements, Expectations expected,
                                    Findings.Kind kind, String subject) {
        return damage(name, side, statements, expected, kind, subject, true);
    }

    private static Arguments damage(String name, Side side, List<String> statements, Expectations expected,
                                    Findings.Kind kind, String subject, boolean alone) {
        return Arguments.of(Named.of(name, new Damage(side, statements, expected, kind, subject, alone)));
    }
}
