package dev.passerelle.bench;

import dev.passerelle.client.edit.CrmEdits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The watch section's writer and reader. The writer commits changes of an account's website on both
 * sides, as their users would: in the ERP by one plain SQL UPDATE a commit (the demo's ERP edits; the
 * change-tracking triggers stamp it), in the CRM through the engine's edit API. First single changes,
 * one in each direction about every {@link WatchPlan#STEADY_PERIOD} (jittered, so that they fall at every
 * point of the watcher's turn), then bursts of {@link WatchPlan#BURST} changes in each direction, one
 * commit each, back to back, the next burst once the last one is seen. A reader thread polls the other
 * side every {@value #POLL_MILLIS} ms for the rows changed and not yet seen, by primary key, and takes
 * the delay from the commit's return to the end of the poll that first read the new value (so a delay
 * is at most one poll longer than the truth). A change not seen within {@link #UNSEEN_LIMIT} is counted
 * as unseen. The writer may change one side only: then the watcher's turns come only from that
 * side's bell (at an interval longer than the changes last). One writer: not thread-safe.
 */
final class LatencyProbe {

    enum Direction {
        ERP_TO_CRM("ERP -> CRM"), CRM_TO_ERP("CRM -> ERP");

        final String label;

        Direction(String label) {
            this.label = label;
        }
    }

    enum Kind {
        SINGLE("single changes"), BURST("bursts of " + WatchPlan.BURST);

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** The delays of one direction and kind of change, in nanoseconds, and the changes never seen. */
    record Delays(List<Long> nanos, int unseen) {
    }

    static final Duration UNSEEN_LIMIT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 10;
    /** Rows polled by one statement: always this many keys (the last chunk padded), so H2 plans it once. */
    private static final int POLL_CHUNK = 100;
    private static final String READ = "SELECT id, website FROM account WHERE id IN (<ids>)";

    private record Pending(Kind kind, String value, long committedNanos) {
    }

    private final Jdbi erp;
    private final Jdbi crm;
    private final CrmEdits crmEdits;
    private final WatchPairs pairs;
    private final Set<Direction> directions;
    private final Random random = new Random(2026);
    private final Map<Direction, Map<Long, Pending>> pending = new EnumMap<>(Direction.class);
    private final Map<Direction, Map<Kind, List<Long>>> delays = new EnumMap<>(Direction.class);
    private final Map<Direction, Map<Kind, Integer>> unseen = new EnumMap<>(Direction.class);
    private final Map<Direction, Integer> next = new EnumMap<>(Direction.class);
    private long changes;

    /** Changes in each of {@code directions}: ERP -> CRM are made in the ERP, CRM -> ERP in the CRM. */
    LatencyProbe(Jdbi erp, Jdbi crm, CrmEdits crmEdits, WatchPairs pairs, Set<Direction> directions) {
        this.erp = erp;
        this.crm = crm;
        this.crmEdits = crmEdits;
        this.pairs = pairs;
        this.directions = Set.copyOf(directions);
        for (Direction direction : Direction.values()) {
            pending.put(direction, new ConcurrentHashMap<>());
            Map<Kind, List<Long>> byKind = new EnumMap<>(Kind.class);
            Map<Kind, Integer> unseenByKind = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) {
                byKind.put(kind, new ArrayList<>());
                unseenByKind.put(kind, 0);
            }
            delays.put(direction, byKind);
            unseen.put(direction, unseenByKind);
            next.put(direction, 0);
        }
    }

    /** Commits single changes for {@code steady}, then bursts for {@code bursts}, and waits until each is seen or given up. */
    Map<Direction, Map<Kind, Delays>> run(Duration steady, Duration bursts) {
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread reader = new Thread(() -> read(writing), "watch-bench-reader");
        reader.start();
        try {
            singles(steady);
            bursts(bursts);
        } finally {
            writing.set(false);
            try {
                reader.join();
            } catch (InterruptedException interrupted) {
                reader.interrupt();
                Thread.currentThread().interrupt();
                throw new BenchFailure("interrupted while reading the last changes");
            }
        }
        Map<Direction, Map<Kind, Delays>> result = new EnumMap<>(Direction.class);
        synchronized (delays) {
            for (Direction direction : Direction.values()) {
                Map<Kind, Delays> byKind = new EnumMap<>(Kind.class);
                for (Kind kind : Kind.values()) {
                    byKind.put(kind, new Delays(List.copyOf(delays.get(direction).get(kind)), unseen.get(direction).get(kind)));
                }
                result.put(direction, byKind);
            }
        }
        return result;
    }

    private void singles(Duration steady) {
        long period = WatchPlan.STEADY_PERIOD.toNanos();
        long end = System.nanoTime() + steady.toNanos();
        long started = System.nanoTime();
        long nextErp = directions.contains(Direction.ERP_TO_CRM) ? started : Long.MAX_VALUE;
        long nextCrm = directions.contains(Direction.CRM_TO_ERP) ? started + period / 2 : Long.MAX_VALUE;
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                return;
            }
            if (now >= nextErp) {
                commit(Direction.ERP_TO_CRM, Kind.SINGLE);
                nextErp += jittered(period);
            }
            if (now >= nextCrm) {
                commit(Direction.CRM_TO_ERP, Kind.SINGLE);
                nextCrm += jittered(period);
            }
            sleepNanos(Math.min(Math.min(nextErp, nextCrm), end) - System.nanoTime());
        }
    }

    private void bursts(Duration bursts) {
        long end = System.nanoTime() + bursts.toNanos();
        do {
            for (int change = 0; change < WatchPlan.BURST; change++) {
                for (Direction direction : Direction.values()) {
                    if (directions.contains(direction)) {
                        commit(direction, Kind.BURST);
                    }
                }
            }
            long givenUp = System.nanoTime() + UNSEEN_LIMIT.toNanos() + Duration.ofSeconds(1).toNanos();
            while (pending.values().stream().anyMatch(map -> !map.isEmpty()) && System.nanoTime() < givenUp) {
                sleepNanos(Duration.ofMillis(POLL_MILLIS).toNanos());
            }
            // the next burst at any point of the watcher's turn
            sleepNanos(Duration.ofMillis(random.nextInt((int) WatchPlan.SHORTEST_INTERVAL.toMillis())).toNanos());
        } while (System.nanoTime() < end);
    }

    /** One change in {@code direction}, on the next account of its side not waiting to be seen. */
    private void commit(Direction direction, Kind kind) {
        List<WatchPairs.Pair> side = direction == Direction.ERP_TO_CRM ? pairs.erpSide() : pairs.crmSide();
        Map<Long, Pending> waiting = pending.get(direction);
        WatchPairs.Pair pair;
        do {
            int index = next.get(direction);
            next.put(direction, (index + 1) % side.size());
            pair = side.get(index);
        } while (waiting.containsKey(direction == Direction.ERP_TO_CRM ? pair.crmId() : pair.erpId()));
        String value = "https://watch-" + ++changes + ".example.com";
        if (direction == Direction.ERP_TO_CRM) {
            long erpId = pair.erpId();
            int updated = erp.withHandle(handle -> handle.createUpdate("UPDATE account SET website = :website WHERE id = :id")
                    .bind("website", value).bind("id", erpId).execute());
            if (updated != 1) {
                throw new BenchFailure("ERP account " + erpId + " was not updated");
            }
            waiting.put(pair.crmId(), new Pending(kind, value, System.nanoTime()));
        } else {
            crmEdits.editCompany(pair.crmCompany(), "website", value);
            waiting.put(pair.erpId(), new Pending(kind, value, System.nanoTime()));
        }
    }

    /** The reader: polls both sides until the writer is done and nothing is left waiting. */
    private void read(AtomicBoolean writing) {
        while (writing.get() || pending.values().stream().anyMatch(map -> !map.isEmpty())) {
            poll(Direction.ERP_TO_CRM, crm);
            poll(Direction.CRM_TO_ERP, erp);
            sleepNanos(Duration.ofMillis(POLL_MILLIS).toNanos());
        }
    }

    private void poll(Direction direction, Jdbi side) {
        Map<Long, Pending> waiting = pending.get(direction);
        List<Long> ids = new ArrayList<>(waiting.keySet());
        for (int from = 0; from < ids.size(); from += POLL_CHUNK) {
            List<Long> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + POLL_CHUNK)));
            while (chunk.size() < POLL_CHUNK) {
                chunk.add(chunk.get(0));
            }
            Map<Long, String> values = side.withHandle(handle -> handle.createQuery(READ).bindList("ids", chunk)
                    .map((row, context) -> Map.entry(row.getLong("id"), String.valueOf(row.getString("website"))))
                    .list()).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                            (first, second) -> first));
            long seen = System.nanoTime();
            for (Long id : chunk) {
                Pending change = waiting.get(id);
                if (change == null) {
                    continue;
                }
                if (change.value().equals(values.get(id))) {
                    record(direction, change, seen - change.committedNanos());
                    waiting.remove(id);
                } else if (seen - change.committedNanos() > UNSEEN_LIMIT.toNanos()) {
                    synchronized (delays) {
                        unseen.get(direction).merge(change.kind(), 1, Integer::sum);
                    }
                    waiting.remove(id);
                }
            }
        }
    }

    private void record(Direction direction, Pending change, long delay) {
        synchronized (delays) {
            delays.get(direction).get(change.kind()).add(delay);
        }
    }

    private long jittered(long period) {
        return period / 2 + (long) (random.nextDouble() * period);
    }

    private static void sleepNanos(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted while changing records");
        }
    }
}
