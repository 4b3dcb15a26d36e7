package dev.passerelle.client.watch;

import dev.passerelle.client.run.RunMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When the next scheduled run is due and which kind: a delta run every interval, and once a day at
 * the set time (local time of the clock's zone) a full re-sync ERP to CRM instead. A full re-sync that
 * could not run (its turn was skipped, or it fell due before the last run) comes at the next turn.
 * Used by one thread.
 */
public final class WatchSchedule {

    /** The next run: when, and which mode. */
    public record Next(Instant at, RunMode mode) {
    }

    private final Clock clock;
    private final Duration interval;
    private final Optional<LocalTime> fullResyncAt;
    private final ZoneId zone;
    private Instant lastRun;
    private LocalDate lastFullResync;
    private LocalDate fullResyncBefore;

    public WatchSchedule(Clock clock, Duration interval, Optional<LocalTime> fullResyncAt, ZoneId zone) {
        this.clock = clock;
        this.interval = interval;
        this.fullResyncAt = fullResyncAt;
        this.zone = zone;
    }

    public Next next() {
        Instant now = clock.instant();
        Instant delta = lastRun == null ? now : lastRun.plus(interval);
        if (fullResyncAt.isPresent()) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalDate day = today.equals(lastFullResync) ? today.plusDays(1) : today;
            Instant full = LocalDateTime.of(day, fullResyncAt.get()).atZone(zone).toInstant();
            if (lastRun != null && !full.isAfter(delta)) {
                // owed since before the last turn: at the next turn, not at once
                Instant at = full.isAfter(lastRun) ? full : delta;
                return new Next(at.isBefore(now) ? now : at, RunMode.RESYNC_ALL);
            }
        }
        return new Next(delta.isBefore(now) ? now : delta, RunMode.DELTA);
    }

    /** Records that a run of this mode began now. */
    public void ran(RunMode mode) {
        lastRun = clock.instant();
        fullResyncBefore = lastFullResync;
        if (mode == RunMode.RESYNC_ALL) {
            lastFullResync = LocalDate.ofInstant(lastRun, zone);
        }
    }

    /** Records that the turn begun by the last {@link #ran} did not run: a full re-sync stays owed. */
    public void skipped(RunMode mode) {
        if (mode == RunMode.RESYNC_ALL) {
            lastFullResync = fullResyncBefore;
        }
    }
}
