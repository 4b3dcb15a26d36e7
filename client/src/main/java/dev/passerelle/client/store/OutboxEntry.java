package dev.passerelle.client.store;

import java.util.Map;

/**
 * One CRM change waiting to go to the ERP: the record (entity + CRM id), what happened to it, and
 * per changed field the value before the CRM's edit and after it. {@code clientRef} is the entry's
 * reference in ApplyChanges, unique across CRM stores (the ERP answers an INSERT whose reference it
 * already applied with that record's key).
 */
public record OutboxEntry(long id, String integration, String entity, long crmId, String operation, String erpKey,
                          String batchId, String clientRef, Map<String, FieldChange> fields) {

    /** One field changed by the CRM: its value when last in step with the ERP, and its value now. */
    public record FieldChange(String oldValue, String newValue) {
    }
}
