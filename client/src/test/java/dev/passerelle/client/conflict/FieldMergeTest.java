package dev.passerelle.client.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.passerelle.client.store.OutboxEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldMergeTest {

    /**
     * One row per rule: the value the CRM last shared with the ERP (base), the CRM's value now (null
     * base/crm pending = not edited in the CRM), the ERP's incoming value; then what the CRM ends
     * with, whether a conflict is reported, and whether the field still goes to the ERP.
     */
    static Stream<Arguments> rules() {
        return Stream.of(
                argumentSet("ERP change, CRM untouched: ERP value applied", "Acme", null, "Acme SA", ERP_WINS,
                        "Acme SA", false, false),
                argumentSet("CRM change, ERP untouched: CRM value kept and sent", "Acme", "Acme Ltd", "Acme", ERP_WINS,
                        "Acme Ltd", false, true),
                argumentSet("same change on both sides: no conflict, nothing to send", "Acme", "Acme SA", "Acme SA",
                        ERP_WINS, "Acme SA", false, false),
                argumentSet("different changes on both sides: ERP wins and conflict logged", "Acme", "Acme Ltd",
                        "Acme SA", ERP_WINS, "Acme SA", true, false),
                argumentSet("different changes, CRM-wins policy: CRM kept, conflict logged, sent", "Acme", "Acme Ltd",
                        "Acme SA", CRM_WINS, "Acme Ltd", true, true),
                argumentSet("nothing changed anywhere: nothing written", "Acme", null, "Acme", ERP_WINS, "Acme", false,
                        false),
                argumentSet("CRM-wins policy, ERP change, CRM untouched: ERP value applied", "Acme", null, "Acme SA",
                        CRM_WINS, "Acme SA", false, false),
                argumentSet("CRM-wins policy, CRM change, ERP untouched: CRM value kept and sent", "Acme", "Acme Ltd",
                        "Acme", CRM_WINS, "Acme Ltd", false, true),
                argumentSet("CRM-wins policy, same change on both sides: no conflict, nothing to send", "Acme", "Acme SA",
                        "Acme SA", CRM_WINS, "Acme SA", false, false),
                argumentSet("CRM-wins policy, nothing changed anywhere: nothing written", "Acme", null, "Acme", CRM_WINS,
                        "Acme", false, false));
    }

    private static final ConflictPolicy ERP_WINS = ConflictPolicy.ERP_WINS;
    private static final ConflictPolicy CRM_WINS = ConflictPolicy.CRM_WINS;

    @ParameterizedTest
    @MethodSource("rules")
    void mergesFieldByField(String base, String crmEdit, String erpValue, ConflictPolicy policy, String expectedCrm,
                            boolean expectConflict, boolean stillToSend) {
        Map<String, String> crm = new HashMap<>(Map.of("name", crmEdit != null ? crmEdit : base));
        List<OutboxEntry> pending = crmEdit == null ? List.of() : List.of(new OutboxEntry(7, "main", "ACCOUNT", 1,
                "UPDATE", "K1", null, "ref-7", Map.of("name", new OutboxEntry.FieldChange(base, crmEdit))));

        FieldMerge.Outcome outcome = FieldMerge.merge(Map.of("name", erpValue), crm, pending, policy);

        crm.putAll(outcome.toWrite());
        assertThat(crm.get("name")).isEqualTo(expectedCrm);
        assertThat(outcome.conflicts()).hasSize(expectConflict ? 1 : 0);
        if (expectConflict) {
            FieldMerge.FieldConflict conflict = outcome.conflicts().get(0);
            assertThat(conflict.crmValue()).isEqualTo(crmEdit);
            assertThat(conflict.erpValue()).isEqualTo(erpValue);
            assertThat(conflict.winner()).isEqualTo(policy == ERP_WINS ? "ERP" : "CRM");
        }
        boolean forgotten = outcome.outboxEdits().stream().anyMatch(FieldMerge.OutboxEdit::forget);
        assertThat(!pending.isEmpty() && !forgotten).isEqualTo(stillToSend);
    }
}
