package dev.passerelle.client.sync;

import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.mapping.AccountCodec;
import dev.passerelle.client.mapping.AddressCodec;
import dev.passerelle.client.mapping.ContactCodec;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.store.AccountRows;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.OutboxEntry;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Acts on the ERP's answer for one sent record: keys and versions into the identity map and the
 * ERP's stored values back into the CRM (applied, duplicate), the error queue (rejected, not found),
 * a field-by-field merge with the ERP's current record (conflict).
 */
final class ResultHandler {

    private final RunContext run;

    ResultHandler(RunContext run) {
        this.run = run;
    }

    /** Acts on one answer; {@code identities} reads and writes the identity map through {@code handle}. */
    void handle(Handle handle, BatchReads identities, OutboxEntry entry, ApplyRecord sent, ApplyResult answer) {
        EntitySpec spec = EntitySpec.valueOf(entry.entity());
        switch (answer.getStatus()) {
            case APPLIED, DUPLICATE -> applied(handle, identities, spec, entry, sent, answer);
            case CONFLICT -> conflict(handle, identities, spec, entry, answer);
            case NOT_FOUND -> {
                if ("DELETE".equals(entry.operation())) {
                    Outbox.drop(handle, entry.id());
                    run.journal().count(spec.name(), Direction.CRM_TO_ERP, "deleted", 1);
                } else {
                    queue(handle, entry, "NOT_FOUND", List.of("the ERP has no record with key " + sent.getKey()));
                }
            }
            case REJECTED -> queue(handle, entry, "REJECTED", answer.getFieldError().stream().map(ResultHandler::describe).toList());
        }
    }

    private void applied(Handle handle, BatchReads identities, EntitySpec spec, OutboxEntry entry, ApplyRecord sent,
                         ApplyResult answer) {
        if (!identities.dropped(entry.id())) {
            Outbox.drop(handle, entry.id());
        }
        if ("DELETE".equals(entry.operation())) {
            if (answer.getKey() != null) {
                identities.map().remove(run.integration(), spec.name(), answer.getKey());
                identities.versions().forget(spec.name(), answer.getKey());
            }
            run.journal().count(spec.name(), Direction.CRM_TO_ERP, "deleted", 1);
            return;
        }
        long version = answer.getVersion() == null ? 0 : answer.getVersion();
        Optional<Identity> known = identities.byCrmId(spec.name(), entry.crmId());
        if (known.isEmpty() && !KeyClaims.claim(run, handle, identities.map(), spec, answer.getKey(), entry.crmId(), version)) {
            return;
        }
        Identity identity = new Identity(spec.name(), answer.getKey(), entry.crmId(), known.map(Identity::erpVersion).orElse(0L));
        Map<String, String> stored = storedValues(spec, answer);
        if (stored != null) {
            Map<String, String> written = KnownRecords.update(run, handle, identities.versions(), spec, identity, stored, version,
                    identities.takeValues(spec.name(), entry.crmId()));
            if (spec == EntitySpec.ACCOUNT) {
                mirror(handle, entry.crmId(), written);
            }
        } else {
            identities.versions().put(spec.name(), answer.getKey(), version);
            if (spec != EntitySpec.DELIVERY_ADDRESS) { // the ERP kept what it was sent, held parts included
                HeldParts.receive(run, handle, spec, entry.crmId(), spec == EntitySpec.ACCOUNT
                        ? AccountCodec.read(sent.getAccount()) : ContactCodec.read(sent.getContact()), version);
            }
        }
        if ("INSERT".equals(entry.operation())) {
            String code = answer.getAccount() == null ? null : answer.getAccount().getAccountCode();
            run.journal().keyReturned(spec.name(), entry.crmId(), answer.getKey(), code);
        }
        run.journal().count(spec.name(), Direction.CRM_TO_ERP, "INSERT".equals(entry.operation()) ? "inserted" : "updated", 1);
    }

    private void conflict(Handle handle, BatchReads identities, EntitySpec spec, OutboxEntry entry, ApplyResult answer) {
        Map<String, String> current = storedValues(spec, answer);
        Optional<Identity> identity = identities.byCrmId(spec.name(), entry.crmId());
        if (current != null && identity.isPresent() && answer.getVersion() != null) {
            Map<String, String> written = KnownRecords.update(run, handle, identities.versions(), spec, identity.get(), current,
                    answer.getVersion(), identities.takeValues(spec.name(), entry.crmId()));
            if (spec == EntitySpec.ACCOUNT) {
                mirror(handle, entry.crmId(), written);
            }
        }
        run.journal().count(spec.name(), Direction.CRM_TO_ERP, "conflict", 1);
    }

    private void mirror(Handle handle, long accountId, Map<String, String> written) {
        if (written.isEmpty()) {
            return;
        }
        handle.attach(AccountRows.class).companyIfPrimary(accountId)
                .ifPresent(company -> CompanyMirror.replicate(handle, run.store().now(), company, written));
    }

    private static Map<String, String> storedValues(EntitySpec spec, ApplyResult answer) {
        return switch (spec) {
            case ACCOUNT -> answer.getAccount() == null ? null : AccountCodec.read(answer.getAccount());
            case CONTACT -> answer.getContact() == null ? null : ContactCodec.read(answer.getContact());
            case DELIVERY_ADDRESS -> answer.getDeliveryAddress() == null ? null : AddressCodec.read(answer.getDeliveryAddress());
        };
    }

    private void queue(Handle handle, OutboxEntry entry, String status, List<String> errors) {
        ErrorQueue.record(handle, run.store().now(), entry, status, errors);
        run.journal().rejected(entry.entity(), entry.crmId(), status, errors);
        run.journal().count(entry.entity(), Direction.CRM_TO_ERP, "rejected", 1);
    }

    static String describe(FieldError error) {
        return error.getField() + " " + error.getCode().value() + ": " + error.getMessage()
                + (error.getRejectedValue() == null ? "" : " (" + error.getRejectedValue() + ")");
    }
}
