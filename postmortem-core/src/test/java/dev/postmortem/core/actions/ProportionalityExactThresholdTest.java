package dev.postmortem.core.actions;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The threshold is ceil(rate × minutes / 60) for the rate as written in decimal, with no floating-point error. */
class ProportionalityExactThresholdTest {

    @Test
    void aDecimalRateThatFillsWholeActionsIsNotRoundedOneTooHigh() {
        // 1.2 per hour for 50 minutes is exactly 1 action; 1.2 * 50 / 60.0 in doubles is 1.0000000000000002
        ProportionalityCheck check = new ProportionalityCheck(new ProportionalityPolicy(0, 1.2, Map.of()));

        assertThat(check.assess(Duration.ofMinutes(50), null, ActionCounts.NONE).threshold()).isEqualTo(1);
    }

    @Test
    void everyRateInTenthsAndEveryMinuteUpToTenHoursGivesTheExactCeiling() {
        for (int tenths = 1; tenths <= 150; tenths++) {
            ProportionalityCheck check =
                    new ProportionalityCheck(new ProportionalityPolicy(0, tenths / 10.0, Map.of()));
            for (int minutes = 1; minutes <= 600; minutes++) {
                long exact = ceilDiv((long) tenths * minutes, 600);
                assertThat(check.assess(Duration.ofMinutes(minutes), "any", ActionCounts.NONE).threshold())
                        .as("%d/10 per hour for %d min", tenths, minutes)
                        .isEqualTo(exact);
            }
        }
    }

    @Test
    void ratesInHundredthsAreExactToo() {
        for (int hundredths : new int[] {7, 15, 33, 45, 99, 115, 333}) {
            ProportionalityCheck check =
                    new ProportionalityCheck(new ProportionalityPolicy(0, hundredths / 100.0, Map.of()));
            for (int minutes = 1; minutes <= 1200; minutes++) {
                assertThat(check.assess(Duration.ofMinutes(minutes), null, ActionCounts.NONE).threshold())
                        .as("%d/100 per hour for %d min", hundredths, minutes)
                        .isEqualTo(ceilDiv((long) hundredths * minutes, 6000));
            }
        }
    }

    @Test
    void aHugeImpactCapsTheThresholdInsteadOfOverflowing() {
        ProportionalityCheck check = new ProportionalityCheck(new ProportionalityPolicy(0, 1e300, Map.of()));

        assertThat(check.assess(Duration.ofDays(365), null, ActionCounts.NONE).threshold())
                .isEqualTo(Integer.MAX_VALUE);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return Math.floorDiv(dividend + divisor - 1, divisor);
    }
}
