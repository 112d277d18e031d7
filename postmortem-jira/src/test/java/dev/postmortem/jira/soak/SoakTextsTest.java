package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.util.I18nHelper;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.testsupport.BundleI18nResolver;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

import java.time.Duration;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SoakTextsTest {

    private final SoakTexts texts = new TextsFixture().texts();

    @Test
    void timeLeftIsTheCoresDaysHoursAndMinutes() {
        // The rounding is the core's (TimeLeft, tested there): a started minute counts.
        assertThat(texts.timeLeft(NOW, NOW.plus(Duration.ofDays(2).plusHours(3).plusMinutes(4).plusSeconds(1))))
                .isEqualTo("postmortem.jira.soak.timeLeft[2, 3, 5]");
        assertThat(realTexts(Locale.ENGLISH).timeLeft(NOW, NOW.plus(Duration.ofHours(26))))
                .isEqualTo("1 d 2 h");
        assertThat(realTexts(Locale.ENGLISH).timeLeft(NOW, NOW.plus(Duration.ofMinutes(19 * 60 + 12))))
                .isEqualTo("19 h 12 min");
        assertThat(realTexts(Locale.GERMAN).timeLeft(NOW, NOW.plus(Duration.ofHours(26))))
                .isEqualTo("1 T. 2 Std.");
    }

    @Test
    void aLinkedIssueTheGateCannotReadIsDescribedInEnglishAndGermanWithoutItsId() {
        Issue action = mock(Issue.class);
        when(action.getKey()).thenReturn("ACT-1");
        GateDecision decision = new GateDecision.CannotEvaluate(
                GateProblem.of("postmortem.jira.soak.problem.postmortemUnavailable").withLogDetail("linked issue id 98765"));

        assertThat(realTexts(Locale.ENGLISH).blocked(action, decision, issue -> true))
                .isEqualTo("ACT-1 cannot be committed: the soak gate cannot check it (a linked postmortem no longer "
                        + "exists or cannot be read). Please tell a Jira administrator.");
        assertThat(realTexts(Locale.GERMAN).blocked(action, decision, issue -> true))
                .isEqualTo("ACT-1 kann nicht zugesagt werden: Die Karenzzeit-Pr\u00fcfung kann den Vorgang nicht auswerten "
                        + "(ein verkn\u00fcpftes Postmortem existiert nicht mehr oder kann nicht gelesen werden). "
                        + "Bitte wenden Sie sich an einen Jira-Administrator.");
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

    @Test
    void aHiddenPostmortemIsDescribedInEnglishAndGermanWithItsCount() {
        assertThat(realTexts(Locale.ENGLISH).text(SoakTexts.HIDDEN_KEY, 1)).isEqualTo("a postmortem you cannot see");
        assertThat(realTexts(Locale.ENGLISH).text(SoakTexts.HIDDEN_KEY, 2)).isEqualTo("2 postmortems you cannot see");
        assertThat(realTexts(Locale.GERMAN).text(SoakTexts.HIDDEN_KEY, 1))
                .isEqualTo("1 Postmortem, das Sie nicht sehen d\u00fcrfen");
        assertThat(realTexts(Locale.GERMAN).text(SoakTexts.HIDDEN_KEY, 3))
                .isEqualTo("3 Postmortems, die Sie nicht sehen d\u00fcrfen");
    }

    @Test
    void theValidatorSentenceCountsAllPostmortemsWithTheHiddenOnesDescribed() {
        assertThat(realTexts(Locale.ENGLISH).text("postmortem.jira.soak.blocked.awaitingDebrief", "ACT-1",
                "PM-1, a postmortem you cannot see", 2))
                .isEqualTo("ACT-1 cannot be committed yet: the debrief has not been held for 2 postmortems "
                        + "(PM-1, a postmortem you cannot see).");
        assertThat(realTexts(Locale.GERMAN).text("postmortem.jira.soak.blocked.awaitingDebrief", "ACT-1", "PM-1", 1))
                .isEqualTo("ACT-1 kann noch nicht zugesagt werden: F\u00fcr ein Postmortem hat die Nachbesprechung noch "
                        + "nicht stattgefunden (PM-1).");
    }

    /** SoakTexts over the plugin's real bundles in this language. */
    private static SoakTexts realTexts(Locale locale) {
        TextsFixture fixture = new TextsFixture();
        BundleI18nResolver bundle = JiraTexts.in(locale);
        I18nHelper helper = mock(I18nHelper.class);
        when(helper.getText(anyString())).thenAnswer(invocation -> bundle.getText(invocation.<String>getArgument(0)));
        when(helper.getText(anyString(), any(Object.class))).thenAnswer(invocation -> {
            Object params = invocation.getArgument(1);
            Object[] args = params instanceof Object[] array ? array : new Object[] {params};
            Serializable[] serializable = Arrays.stream(args).map(arg -> (Serializable) arg).toArray(Serializable[]::new);
            return bundle.getText(invocation.<String>getArgument(0), serializable);
        });
        when(fixture.authenticationContext.getI18nHelper()).thenReturn(helper);
        return fixture.texts();
    }
}
