package dev.passerelle.client.sync;

import dev.passerelle.client.Direction;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.OutboxEntry;
import dev.passerelle.client.store.RunLock;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Step 5 of a run: sends the outbox to the ERP in batches, accounts first, then delivery addresses,
 * then contacts. A batch id is stored on its entries before the call, so a batch whose answer never
 * came is sent again with the same id (the ERP then answers from its record and applies nothing
 * twice). Records the ERP rejects wait in the error queue and are retried every run.
 */
final class Sender {

    private static final List<String> ORDER = List.of("ACCOUNT", "DELIVERY_ADDRESS", "CONTACT");

    private final RunContext run;
    private final RunLock.Held lock;
    private final RecordBuilder builder;
    private final ResultHandler results;
    private long sent;

    Sender(RunContext run, RunLock.Held lock) {
        this.run = run;
        this.lock = lock;
        this.builder = new RecordBuilder(run);
        this.results = new ResultHandler(run);
    }

    /**
     * Sends again, with their ids, the batches of an earlier run whose answer never came. Done before
     * reading the ERP's changes, so that records the ERP created from them are known by their keys and
     * do not come back as new ERP records.
     */
    void resendUnanswered() {
        for (String batchId : unanswered()) {
            send(batchId, entriesOf(batchId));
        }
    }

    void sendAll(int batchSize) {
        run.progress().phase("send");
        resendUnanswered();
        for (String entity : ORDER) {
            if (switchedOff(entity)) {
                continue;
            }
            long after = 0;
            while (true) {
                List<Long> ids = nextIds(entity, after, batchSize);
                if (ids.isEmpty()) {
                    break;
                }
                after = ids.get(ids.size() - 1);
                List<OutboxEntry> entries = run.store().jdbi().withHandle(handle -> Outbox.load(handle, ids));
                String batchId = run.integration() + "-" + UUID.randomUUID();
                List<OutboxEntry> ready = builder.ready(entries);
                if (ready.isEmpty()) {
                    continue;
                }
                assign(batchId, ready);
                send(batchId, ready);
            }
        }
    }

    private void send(String batchId, List<OutboxEntry> entries) {
        Map<String, ApplyRecord> records = builder.build(entries);
        if (records.isEmpty()) {
            return;
        }
        ApplyChangesResponse response = run.transport().apply(batchId, new ArrayList<>(records.values()));
        List<ApplyResult> answers = response.getResult();
        run.store().jdbi().useTransaction(handle -> {
            for (ApplyResult answer : answers) {
                OutboxEntry entry = byRef(entries, answer.getClientRef());
                if (entry != null) {
                    results.handle(handle, entry, records.get(answer.getClientRef()), answer);
                }
            }
            handle.createUpdate("UPDATE outbox SET batch_id = NULL WHERE batch_id = :batch").bind("batch", batchId).execute();
        });
        if (response.isReplayed()) {
            run.journal().warn(null, batchId, "batch " + batchId + " was answered from the ERP's record (sent before)");
        }
        run.journal().count("BATCH", Direction.CRM_TO_ERP, "sent", 1);
        lock.renew();
        sent += answers.size();
        run.progress().page("send", sent);
    }

    /** Contacts or addresses the integration does not sync: their CRM changes stay in the outbox, unsent. */
    private boolean switchedOff(String entity) {
        boolean off = "CONTACT".equals(entity) && !run.settings().switches().contacts()
                || "DELIVERY_ADDRESS".equals(entity) && !run.settings().switches().addresses();
        if (off) {
            long waiting = run.store().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM outbox"
                            + " WHERE integration = :integration AND entity = :entity AND state = N'PENDING'")
                    .bind("integration", run.integration()).bind("entity", entity).mapTo(Long.class).one());
            if (waiting > 0) {
                run.journal().warn(entity, null, waiting + " CRM change(s) of " + entity + " wait in the outbox, unsent:"
                        + " this integration does not synchronise them (sync." + ("CONTACT".equals(entity) ? "contacts" : "addresses")
                        + " = false)");
            }
        }
        return off;
    }

    private static OutboxEntry byRef(List<OutboxEntry> entries, String clientRef) {
        for (OutboxEntry entry : entries) {
            if (RecordBuilder.clientRef(entry).equals(clientRef)) {
                return entry;
            }
        }
        return null;
    }

    private List<String> unanswered() {
        return run.store().jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT DISTINCT batch_id FROM outbox WHERE integration = :integration AND batch_id IS NOT NULL")
                .bind("integration", run.integration()).mapTo(String.class).list());
    }

    private List<OutboxEntry> entriesOf(String batchId) {
        return run.store().jdbi().withHandle(handle -> Outbox.load(handle, handle.createQuery(
                        "SELECT id FROM outbox WHERE batch_id = :batch ORDER BY id")
                .bind("batch", batchId).mapTo(Long.class).list()));
    }

    private List<Long> nextIds(String entity, long after, int batchSize) {
        return run.store().jdbi().withHandle(handle -> handle.createQuery("SELECT TOP (:size) o.id FROM outbox o"
                        + " WHERE o.integration = :integration AND o.entity = :entity AND o.state = N'PENDING'"
                        + " AND o.batch_id IS NULL AND o.id > :after"
                        + " AND NOT EXISTS (SELECT 1 FROM error_queue e WHERE e.outbox_id = o.id AND e.stopped = 1)"
                        + " ORDER BY o.id")
                .bind("size", batchSize).bind("integration", run.integration()).bind("entity", entity)
                .bind("after", after).mapTo(Long.class).list());
    }

    private void assign(String batchId, List<OutboxEntry> entries) {
        run.store().jdbi().useTransaction(handle -> {
            for (OutboxEntry entry : entries) {
                handle.createUpdate("UPDATE outbox SET batch_id = :batch, attempts = attempts + 1 WHERE id = :id")
                        .bind("batch", batchId).bind("id", entry.id()).execute();
            }
        });
    }
}
