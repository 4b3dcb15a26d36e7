package dev.passerelle.client.sync;

import dev.passerelle.client.identity.IdentityMap;
import dev.passerelle.client.run.Direction;
import dev.passerelle.client.store.Outbox;
import dev.passerelle.client.store.OutboxBatches;
import dev.passerelle.client.store.OutboxEntry;
import dev.passerelle.client.store.RunLock;
import dev.passerelle.contract.v1.ApplyChangesResponse;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.extension.ExtensionCallback;

/**
 * Step 5 of a run: sends the outbox to the ERP in batches, accounts first, then delivery addresses,
 * then contacts. A batch id is stored on its entries before the call, so a batch whose answer never
 * came is sent again with the same id (the ERP then answers from its record and applies nothing
 * twice). Records the ERP rejects wait in the error queue and are retried every run.
 */
final class Sender {

    private static final List<String> ORDER = List.of("ACCOUNT", "DELIVERY_ADDRESS", "CONTACT");
    /** Batches whose outbox ids are read in one query. */
    private static final int READ_AHEAD = 10;

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

    /**
     * Sends the outbox, entity by entity. Within an entity the next batch is on its way to the ERP
     * while the answers of the previous one are written into the CRM (its batch id is stored before it
     * leaves, as always); an entity's batches are all answered before the next entity's are built,
     * so that contacts and addresses see the keys of the accounts sent before them. A batch holding a
     * record of the batch still unanswered waits for that answer.
     */
    void sendAll(int batchSize) {
        run.progress().phase("send");
        resendUnanswered();
        if (batches(batches -> batches.pendingCount(run.integration())) == 0) {
            return; // most turns of a watcher: one count instead of a read per entity and a sending thread
        }
        ExecutorService calls = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "passerelle-send-" + run.integration());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (String entity : ORDER) {
                if (switchedOff(entity)) {
                    continue;
                }
                sendEntity(entity, batchSize, calls);
            }
        } finally {
            calls.shutdownNow();
        }
    }

    private void sendEntity(String entity, int batchSize, ExecutorService calls) {
        InFlight previous = null;
        Deque<Long> upcoming = new ArrayDeque<>();
        long readUpTo = 0;
        while (true) {
            if (upcoming.size() < batchSize) {
                // The next batches' ids in one query (the lookup costs about the same for ten batches
                // as for one); entries added meanwhile come after them, in a later read.
                List<Long> read = nextIds(entity, readUpTo, batchSize * READ_AHEAD);
                upcoming.addAll(read);
                readUpTo = read.isEmpty() ? readUpTo : read.get(read.size() - 1);
            }
            if (upcoming.isEmpty()) {
                break;
            }
            List<Long> ids = new ArrayList<>(batchSize);
            while (ids.size() < batchSize && !upcoming.isEmpty()) {
                ids.add(upcoming.poll());
            }
            List<OutboxEntry> entries = run.store().jdbi().withHandle(handle -> Outbox.load(handle, ids));
            if (previous != null && previous.sharesRecordWith(entries)) {
                previous.finish();
                previous = null;
            }
            String batchId = run.integration() + "-" + UUID.randomUUID();
            List<OutboxEntry> ready = builder.ready(entries);
            if (ready.isEmpty()) {
                continue;
            }
            assign(batchId, ready);
            InFlight next = start(batchId, ready, calls);
            if (previous != null) {
                previous.finish();
            }
            previous = next;
        }
        if (previous != null) {
            previous.finish();
        }
    }

    private void send(String batchId, List<OutboxEntry> entries) {
        InFlight batch = start(batchId, entries, null);
        if (batch != null) {
            batch.finish();
        }
    }

    /** Builds the batch's records and sends them (on {@code calls}, or on this thread when null); null when nothing to send. */
    private InFlight start(String batchId, List<OutboxEntry> entries, ExecutorService calls) {
        Map<String, ApplyRecord> records = builder.build(entries);
        if (records.isEmpty()) {
            return null;
        }
        List<ApplyRecord> sent = new ArrayList<>(records.values());
        CompletableFuture<ApplyChangesResponse> answer = calls == null
                ? CompletableFuture.completedFuture(run.transport().apply(batchId, sent))
                : CompletableFuture.supplyAsync(() -> run.transport().apply(batchId, sent), calls);
        return new InFlight(batchId, entries, records, answer);
    }

    /** A sent batch whose answer is still to be written into the CRM. */
    private final class InFlight {
        private final String batchId;
        private final List<OutboxEntry> entries;
        private final Map<String, ApplyRecord> records;
        private final CompletableFuture<ApplyChangesResponse> answer;

        InFlight(String batchId, List<OutboxEntry> entries, Map<String, ApplyRecord> records,
                 CompletableFuture<ApplyChangesResponse> answer) {
            this.batchId = batchId;
            this.entries = entries;
            this.records = records;
            this.answer = answer;
        }

        boolean sharesRecordWith(List<OutboxEntry> others) {
            Set<String> mine = new HashSet<>();
            entries.forEach(entry -> mine.add(entry.entity() + ":" + entry.crmId()));
            return others.stream().anyMatch(entry -> mine.contains(entry.entity() + ":" + entry.crmId()));
        }

        void finish() {
            handle(batchId, entries, records, await(answer));
        }
    }

    private static ApplyChangesResponse await(CompletableFuture<ApplyChangesResponse> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private void handle(String batchId, List<OutboxEntry> entries, Map<String, ApplyRecord> records,
                        ApplyChangesResponse response) {
        List<ApplyResult> answers = response.getResult();
        Map<String, OutboxEntry> byRef = new HashMap<>();
        entries.forEach(entry -> {
            byRef.putIfAbsent(RecordBuilder.clientRef(entry), entry);
            byRef.putIfAbsent(RecordBuilder.legacyClientRef(entry), entry);
        });
        Map<Long, ApplyStatus> answered = new HashMap<>();
        answers.forEach(answer -> {
            OutboxEntry entry = byRef.get(answer.getClientRef());
            if (entry != null) {
                answered.put(entry.id(), answer.getStatus());
            }
        });
        run.store().jdbi().useTransaction(handle -> {
            BatchReads identities = new BatchReads(handle, handle.attach(IdentityMap.class), run.integration(), entries,
                    answered);
            for (ApplyResult answer : answers) {
                OutboxEntry entry = byRef.get(answer.getClientRef());
                if (entry != null) {
                    results.handle(handle, identities, entry, records.get(RecordBuilder.clientRef(entry)), answer);
                }
            }
            identities.versions().flush(handle);
            releaseKept(handle, batchId, entries, identities);
        });
        if (response.isReplayed()) {
            run.journal().warn(null, batchId, "batch " + batchId + " was answered from the ERP's record (sent before)");
        }
        run.journal().count("BATCH", Direction.CRM_TO_ERP, "sent", 1);
        lock.check();
        sent += answers.size();
        run.progress().page("send", sent);
    }

    /** The batch's entries still in the outbox (rejected, conflicting, not found) leave the batch and go again with a later one. */
    private static void releaseKept(Handle handle, String batchId, List<OutboxEntry> entries,
                                    BatchReads identities) {
        List<Long> kept = entries.stream().map(OutboxEntry::id).filter(id -> !identities.dropped(id)).toList();
        OutboxBatches batches = handle.attach(OutboxBatches.class);
        for (List<Long> chunk : Chunks.of(kept)) {
            batches.release(batchId, chunk);
        }
    }

    /** The records the ERP answered in this run, whatever the answer. */
    long sent() {
        return sent;
    }

    /** Contacts or addresses the integration does not sync: their CRM changes stay in the outbox, unsent. */
    private boolean switchedOff(String entity) {
        boolean off = "CONTACT".equals(entity) && !run.settings().switches().contacts()
                || "DELIVERY_ADDRESS".equals(entity) && !run.settings().switches().addresses();
        if (off) {
            long waiting = batches(batches -> batches.pendingCount(run.integration(), entity));
            if (waiting > 0) {
                run.journal().warn(entity, null, waiting + " CRM change(s) of " + entity + " wait in the outbox, unsent:"
                        + " this integration does not synchronise them (sync." + ("CONTACT".equals(entity) ? "contacts" : "addresses")
                        + " = false)");
            }
        }
        return off;
    }

    private List<String> unanswered() {
        return batches(batches -> batches.unanswered(run.integration()));
    }

    private List<OutboxEntry> entriesOf(String batchId) {
        return run.store().jdbi().withHandle(handle -> Outbox.load(handle,
                handle.attach(OutboxBatches.class).entriesOf(batchId)));
    }

    private List<Long> nextIds(String entity, long after, int limit) {
        return batches(batches -> batches.nextPending(run.integration(), entity, after, limit));
    }

    private void assign(String batchId, List<OutboxEntry> entries) {
        List<Long> ids = entries.stream().map(OutboxEntry::id).toList();
        run.store().jdbi().useTransaction(handle -> handle.attach(OutboxBatches.class).assign(batchId, ids));
    }

    private <T> T batches(ExtensionCallback<T, OutboxBatches, RuntimeException> callback) {
        return run.store().jdbi().withExtension(OutboxBatches.class, callback);
    }
}
