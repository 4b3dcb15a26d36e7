package dev.passerelle.client.conflict;

import dev.passerelle.client.store.OutboxEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges an incoming ERP record into the CRM's, field by field. A field the CRM has not changed
 * since the last run takes the ERP's value; a field only the CRM changed keeps the CRM's value (it
 * goes to the ERP later); a field both changed to different values is a conflict, settled by the
 * {@link ConflictPolicy} and reported with both values. Stateless.
 */
public final class FieldMerge {

    private FieldMerge() {
    }

    /** A field both sides changed, with both values and the side that won. */
    public record FieldConflict(String field, String crmValue, String erpValue, String winner) {
    }

    /** What to do with a field of a pending outbox entry after the merge. */
    public record OutboxEdit(long outboxId, String field, boolean forget, String newBase) {
    }

    /** Fields to write into the CRM, conflicts found, and the outbox entries' fields to forget or rebase. */
    public record Outcome(Map<String, String> toWrite, List<FieldConflict> conflicts, List<OutboxEdit> outboxEdits) {
    }

    public static Outcome merge(Map<String, String> erp, Map<String, String> crm, List<OutboxEntry> pending,
                                ConflictPolicy policy) {
        Map<String, String> toWrite = new LinkedHashMap<>();
        List<FieldConflict> conflicts = new ArrayList<>();
        List<OutboxEdit> edits = new ArrayList<>();
        for (Map.Entry<String, String> incoming : erp.entrySet()) {
            String field = incoming.getKey();
            String erpValue = incoming.getValue();
            OutboxEntry entry = latestChanging(pending, field);
            if (entry == null) {
                if (!Objects.equals(erpValue, crm.get(field))) {
                    toWrite.put(field, erpValue);
                }
                continue;
            }
            OutboxEntry.FieldChange change = entry.fields().get(field);
            if (Objects.equals(erpValue, change.oldValue())) {
                continue; // only the CRM changed it: the CRM's value goes to the ERP
            }
            if (Objects.equals(erpValue, change.newValue())) {
                edits.add(new OutboxEdit(entry.id(), field, true, null)); // both made the same change
                continue;
            }
            if (policy == ConflictPolicy.ERP_WINS) {
                conflicts.add(new FieldConflict(field, change.newValue(), erpValue, "ERP"));
                toWrite.put(field, erpValue);
                edits.add(new OutboxEdit(entry.id(), field, true, null));
            } else {
                conflicts.add(new FieldConflict(field, change.newValue(), erpValue, "CRM"));
                edits.add(new OutboxEdit(entry.id(), field, false, erpValue));
            }
        }
        return new Outcome(toWrite, conflicts, edits);
    }

    private static OutboxEntry latestChanging(List<OutboxEntry> pending, String field) {
        OutboxEntry latest = null;
        for (OutboxEntry entry : pending) {
            if (entry.fields().containsKey(field)) {
                latest = entry;
            }
        }
        return latest;
    }
}
