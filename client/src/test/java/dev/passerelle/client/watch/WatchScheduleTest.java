package dev.passerelle.client.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.run.RunMode;
import dev.passerelle.common.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatchScheduleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));

    @Test
    void firstRunIsNowThenEveryInterval() {
        WatchSchedule schedule = new WatchSchedule(clock, Duration.ofMinutes(60), Optional.empty(), ZoneOffset.UTC);

        assertThat(schedule.next()).isEqualTo(new WatchSchedule.Next(clock.instant(), RunMode.DELTA));
        schedule.ran(RunMode.DELTA);
        clock.advance(Duration.ofMinutes(5));

        assertThat(schedule.next()).isEqualTo(new WatchSchedule.Next(Instant.parse("2026-03-02T09:00:00Z"), RunMode.DELTA));
    }

    @Test
    void dailyFullResyncReplacesTheDeltaRunDueAfterItsTimeOnceADay() {
        WatchSchedule schedule = new WatchSchedule(clock, Duration.ofMinutes(60), Optional.of(LocalTime.of(8, 30)),
                ZoneOffset.UTC);
        schedule.ran(schedule.next().mode());

        WatchSchedule.Next next = schedule.next();
        assertThat(next).isEqualTo(new WatchSchedule.Next(Instant.parse("2026-03-02T08:30:00Z"), RunMode.RESYNC_ALL));

        clock.advance(Duration.ofMinutes(30));
        schedule.ran(next.mode());
        assertThat(schedule.next()).isEqualTo(new WatchSchedule.Next(Instant.parse("2026-03-02T09:30:00Z"), RunMode.DELTA));
    }

    @Test
    void slowRunsNeverScheduleInThePast() {
        WatchSchedule schedule = new WatchSchedule(clock, Duration.ofMinutes(1), Optional.empty(), ZoneOffset.UTC);
        schedule.ran(RunMode.DELTA);
        clock.advance(Duration.ofMinutes(10));

        assertThat(schedule.next().at()).isEqualTo(clock.instant());
    }

    @Test
    void fullResyncOfATurnThatWasSkippedComesAtTheNextTurn() {
        WatchSchedule schedule = new WatchSchedule(clock, Duration.ofMinutes(60), Optional.of(LocalTime.of(8, 30)),
                ZoneOffset.UTC);
        schedule.ran(schedule.next().mode());
        clock.advance(Duration.ofMinutes(30));
        WatchSchedule.Next due = schedule.next();
        schedule.ran(due.mode());
        schedule.skipped(due.mode());

        assertThat(due.mode()).isEqualTo(RunMode.RESYNC_ALL);
        assertThat(schedule.next()).isEqualTo(new WatchSchedule.Next(Instant.parse("2026-03-02T09:30:00Z"), RunMode.RESYNC_ALL));
    }

    @Test
    void fullResyncTimePassedBeforeTheFirstTurnComesAtTheSecondNotAtOnce() {
        WatchSchedule schedule = new WatchSchedule(clock, Duration.ofMinutes(60), Optional.of(LocalTime.of(2, 0)),
                ZoneOffset.UTC);
        schedule.ran(schedule.next().mode());

        assertThat(schedule.next()).isEqualTo(new WatchSchedule.Next(Instant.parse("2026-03-02T09:00:00Z"), RunMode.RESYNC_ALL));
    }
}
