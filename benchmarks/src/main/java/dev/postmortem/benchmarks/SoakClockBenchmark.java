package dev.postmortem.benchmarks;

import dev.postmortem.core.soak.LinkedPostmortem;
import dev.postmortem.core.soak.SoakClock;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.SoakVerdict;
import dev.postmortem.core.soak.WorkingCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One soak evaluation for an action linked to 50 debriefed postmortems, by hours and by business days. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SoakClockBenchmark {

    static final int LINKED = 50;

    private SoakClock clock;
    private List<LinkedPostmortem> linked;
    private SoakPolicy businessDays;
    private SoakPolicy hours;

    @Setup
    public void setUp() {
        Instant now = Instant.parse("2026-12-22T12:00:00Z");
        clock = new SoakClock(Clock.fixed(now, ZoneOffset.UTC));
        businessDays = SoakPolicy.ofBusinessDays(2, WorkingCalendar.mondayToFriday(ZoneId.of("Europe/Berlin"))
                .withHolidays(Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26))));
        hours = SoakPolicy.ofHours(48);
        linked = new ArrayList<>();
        for (int i = 0; i < LINKED; i++) {
            // debriefs spread over the last ten days, some inside the soak window
            linked.add(LinkedPostmortem.debriefed("PM-" + i, now.minus(Duration.ofMinutes(17L * 17 * i))));
        }
    }

    @Benchmark
    public SoakVerdict businessDaysWith50Linked() {
        return clock.evaluate(businessDays, linked, Optional.<SoakOverride>empty());
    }

    @Benchmark
    public SoakVerdict hoursWith50Linked() {
        return clock.evaluate(hours, linked, Optional.<SoakOverride>empty());
    }
}
