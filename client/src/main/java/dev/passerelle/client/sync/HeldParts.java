package dev.passerelle.client.sync;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.mapping.Field;
import dev.passerelle.client.mapping.FieldKind;
import dev.passerelle.client.store.HeldRows;
import dev.passerelle.client.store.HeldRows.HeldValue;
import dev.passerelle.client.store.OutboxEntry;
import dev.passerelle.client.store.RecordRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The parts of accounts and contacts an integration does not synchronise (phones when
 * {@code sync.phones} is off, e-mails when {@code sync.emails} is off). Records travel whole in the
 * contract, so such a part still travels, but: the ERP's values never reach the CRM; they are held
 * (table erp_held_value, with the ERP version they came with) and sent back unchanged, so that an
 * update of other fields never clears them in the ERP; the CRM's own values of the part are left
 * alone and never sent. With every switch on, each call returns at once. Stateless.
 */
final class HeldParts {

    private HeldParts() {
    }

    static boolean held(IntegrationSettings.SyncSwitches switches, Field field) {
        return field.kind() == FieldKind.PHONE && !switches.phones() || field.kind() == FieldKind.EMAIL && !switches.emails();
    }

    static boolean held(IntegrationSettings.SyncSwitches switches, EntitySpec spec, String fieldName) {
        return spec.field(fieldName).map(field -> held(switches, field)).orElse(false);
    }

    private static boolean active(RunContext run, EntitySpec spec) {
        IntegrationSettings.SyncSwitches switches = run.settings().switches();
        return spec.ownerEntity().isPresent() && (!switches.phones() || !switches.emails());
    }

    /**
     * Takes the held parts out of values the ERP sent for a known record, keeps them as the ERP's
     * values at {@code erpVersion}, and answers the rest (what may reach the CRM).
     */
    static Map<String, String> receive(RunContext run, Handle handle, EntitySpec spec, long crmId,
                                       Map<String, String> erpValues, long erpVersion) {
        if (!active(run, spec)) {
            return erpValues;
        }
        Map<String, String> kept = new LinkedHashMap<>(erpValues);
        String owner = spec.ownerEntity().orElseThrow();
        List<HeldValue> held = new ArrayList<>();
        for (Field field : spec.fields()) {
            if (held(run.settings().switches(), field)) {
                held.add(new HeldValue(owner, crmId, field.name(), erpVersion, kept.remove(field.name())));
            }
        }
        HeldRows rows = handle.attach(HeldRows.class);
        rows.forget(owner, crmId);
        if (!held.isEmpty()) {
            rows.hold(held);
        }
        return kept;
    }

    /** Same for records new to the CRM, before they are inserted: their values lose the held parts. */
    static void receiveNew(RunContext run, Handle handle, EntitySpec spec, List<RecordRows.NewRow> rows,
                           List<Long> erpVersions) {
        if (!active(run, spec) || rows.isEmpty()) {
            return;
        }
        String owner = spec.ownerEntity().orElseThrow();
        List<HeldValue> held = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RecordRows.NewRow row = rows.get(i);
            for (Field field : spec.fields()) {
                if (held(run.settings().switches(), field)) {
                    held.add(new HeldValue(owner, row.id(), field.name(), erpVersions.get(i), row.values().remove(field.name())));
                }
            }
        }
        if (!held.isEmpty()) {
            handle.attach(HeldRows.class).hold(held);
        }
    }

    /**
     * The record to send: held parts replaced by the ERP's last values. When none are known for the
     * record's current ERP version (the switch was turned off since it was last received), the values
     * the CRM had when last in step with the ERP are sent: the first old value of a pending edit, or
     * the current value. A record new to the ERP is sent with the held parts empty.
     */
    static Map<String, String> outgoing(RunContext run, Handle handle, EntitySpec spec, OutboxEntry entry,
                                        Optional<Identity> identity, Map<String, String> crmValues) {
        if (!active(run, spec)) {
            return crmValues;
        }
        Map<String, String> values = new LinkedHashMap<>(crmValues);
        Map<String, String> erp = identity.isEmpty() ? Map.of()
                : lastReceived(handle, spec, identity.get().crmId(), identity.get().erpVersion());
        for (Field field : spec.fields()) {
            if (!held(run.settings().switches(), field)) {
                continue;
            }
            if (identity.isEmpty()) {
                values.put(field.name(), null);
            } else if (erp != null) {
                values.put(field.name(), erp.get(field.name()));
            } else if (entry.fields().containsKey(field.name())) {
                values.put(field.name(), entry.fields().get(field.name()).oldValue());
            }
        }
        return values;
    }

    /** The ERP's held values of a record at exactly {@code erpVersion}; null when not known. */
    private static Map<String, String> lastReceived(Handle handle, EntitySpec spec, long crmId, long erpVersion) {
        Map<String, String> values = new HashMap<>();
        boolean current = false;
        for (HeldValue held : handle.attach(HeldRows.class).of(spec.ownerEntity().orElseThrow(), crmId)) {
            values.put(held.field(), held.fieldValue());
            current |= held.erpVersion() == erpVersion;
        }
        return current ? values : null;
    }
}
