package dev.passerelle.server.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.TestServers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Writers with short and long transactions commit out of version order while a reader pages with
 * tokens; the reader's replica must end equal to the database: no committed change skipped.
 */
class ConcurrentChangeTrackingTest {

    private static final int WRITERS = 4;
    private static final int TRANSACTIONS_PER_WRITER = 40;

    private record Seen(long version, String lastName, String firstName) {
    }

    @Test
    void everyCommittedChangeReachesAPagingReader() throws Exception {
        try (ErpServer server = TestServers.start()) {
            server.database().jdbi().useHandle(handle -> handle.execute(
                    "INSERT INTO account (account_type, code, name, currency, accounting_category, price_category, language_code)"
                            + " VALUES ('CUSTOMER', 'CONC1', 'Concurrent', 'EUR', 'NATIONAL', 'RETAIL', 'FR')"));
            long accountId = server.database().jdbi().withHandle(handle ->
                    handle.createQuery("SELECT id FROM account WHERE code = 'CONC1'").mapTo(Long.class).one());
            PasserellePortType client = TestServers.syncClient(server);
            Map<String, Seen> replica = new HashMap<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger committed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    int number = writer;
                    writers.add(pool.submit(() -> write(server, accountId, number, committed)));
                }
                Future<String> reader = pool.submit(() -> {
                    String token = null;
                    while (writing.get()) {
                        token = readPage(client, token, replica);
                    }
                    return token;
                });
                for (Future<?> writer : writers) {
                    writer.get(120, TimeUnit.SECONDS);
                }
                writing.set(false);
                String token = reader.get(60, TimeUnit.SECONDS);
                // One last drain after every writer committed.
                String last;
                do {
                    last = token;
                    token = readPage(client, token, replica);
                } while (!token.equals(last) || hasMore(client, token));
            } finally {
                pool.shutdownNow();
            }

            Map<String, Seen> database = new HashMap<>();
            server.database().jdbi().useHandle(handle -> handle
                    .createQuery("SELECT id, row_version, last_name, first_name FROM contact")
                    .map((rows, context) -> database.put(Long.toString(rows.getLong("id")),
                            new Seen(rows.getLong("row_version"), rows.getString("last_name"), rows.getString("first_name"))))
                    .list());
            assertThat(committed.get()).isEqualTo(WRITERS * TRANSACTIONS_PER_WRITER);
            assertThat(database).isNotEmpty();
            assertThat(replica).isEqualTo(database);
        }
    }

    private static boolean hasMore(PasserellePortType client, String token) throws Exception {
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.CONTACT);
        request.setToken(token);
        request.setPageSize(1);
        return !client.getChanges(request).getChange().isEmpty();
    }

    private static String readPage(PasserellePortType client, String token, Map<String, Seen> replica) throws Exception {
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.CONTACT);
        request.setToken(token);
        request.setPageSize(7);
        GetChangesResponse page = client.getChanges(request);
        for (Change change : page.getChange()) {
            if (change.getOperation() == ChangeOperation.DELETE) {
                replica.remove(change.getKey());
            } else {
                replica.put(change.getKey(), new Seen(change.getVersion(), change.getContact().getLastName(),
                        change.getContact().getFirstName()));
            }
        }
        return page.getNextToken();
    }

    private static void write(ErpServer server, long accountId, int writer, AtomicInteger committed) {
        Random random = new Random(writer);
        List<Long> mine = new ArrayList<>();
        for (int transaction = 0; transaction < TRANSACTIONS_PER_WRITER; transaction++) {
            boolean longOne = transaction % 5 == writer % 5;
            int number = transaction;
            server.database().jdbi().useTransaction(handle -> {
                int inserts = 1 + random.nextInt(3);
                for (int index = 0; index < inserts; index++) {
                    mine.add(handle.createUpdate("INSERT INTO contact (account_id, last_name) VALUES (:account, :name)")
                            .bind("account", accountId).bind("name", "w" + writer + "-" + number + "-" + index)
                            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
                }
                if (mine.size() > 3 && random.nextBoolean()) {
                    handle.execute("UPDATE contact SET first_name = ? WHERE id = ?", "t" + number,
                            mine.get(random.nextInt(mine.size())));
                }
                if (mine.size() > 5 && random.nextInt(4) == 0) {
                    handle.execute("DELETE FROM contact WHERE id = ?", mine.remove(random.nextInt(mine.size())));
                }
                if (longOne) {
                    pause(60);
                }
            });
            committed.incrementAndGet();
            if (!longOne) {
                pause(random.nextInt(5));
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

}
