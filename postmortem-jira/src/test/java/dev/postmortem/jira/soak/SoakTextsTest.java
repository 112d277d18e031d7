package dev.postmortem.jira.soak;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

class SoakTextsTest {

    private final SoakTexts texts = new TextsFixture().texts();

    @Test
    void timeLeftIsInDaysHoursAndMinutesRoundedUp() {
        assertThat(texts.timeLeft(NOW, NOW.plus(Duration.ofDays(2).plusHours(3).plusMinutes(4))))
                .isEqualTo("postmortem.jira.soak.timeLeft[2, 3, 4]");
        assertThat(texts.timeLeft(NOW, NOW.plusSeconds(1))).isEqualTo("postmortem.jira.soak.timeLeft[0, 0, 1]");
        assertThat(texts.timeLeft(NOW, NOW.minusSeconds(30))).isEqualTo("postmortem.jira.soak.timeLeft[0, 0, 0]");
    }

    @Test
    void datesAreFormattedForTheLoggedInUser() {
        assertThat(texts.dateTime(NOW)).isEqualTo("user-tz:2026-11-25T10:00:00Z");
    }

    @Test
    void problemsAreTranslatedWithTheirArguments() {
        assertThat(texts.problem(GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing", "10100")))
                .isEqualTo("postmortem.jira.soak.problem.linkTypeMissing[10100]");
    }
}
