package dev.postmortem.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kinds of mistakes the word-level coach made, one test per kind (issue 11). */
class CoachClauseTest {

    private final BlamelessLanguageCheck check = BlamelessLanguageCheck.defaults();

    private List<String> ruleIds(String text) {
        return check.check(text).stream().map(Finding::ruleId).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The canary should have caught the regression.",
        "The CDN should have served stale content.",
        "The PagerDuty schedule should have routed the page to the secondary.",
        "The statuses that should've been removed were still present.",
        "Jobs failing to execute are alerted on."
    })
    void systemsAsSubjectAreNotFlagged(String text) {
        assertThat(check.check(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The engineer running the migration should have checked the lag.",
        "The on-call engineer should have paged the DBA.",
        "The team that owns the service should have noticed the drift.",
        "Marco, the incident commander, should have called a rollback."
    })
    void peopleDescribedByALongerNounPhraseAreFlagged(String text) {
        assertThat(ruleIds(text)).containsExactly("shouldHave");
    }

    @Test
    void aParticipantIsAPersonWhateverTheWord() {
        assertThat(check.check("Cache should have paged the DBA.", Locale.ENGLISH, List.of("Ana Cache")))
                .extracting(Finding::ruleId).containsExactly("shouldHave");
    }

    @Test
    void participantNamesAreNeverPartOfAFinding() {
        assertThat(check.check("Grace Blame restarted the workers; Justin Careless watched.", Locale.ENGLISH,
                List.of("Grace Blame", "Justin Careless"))).isEmpty();
        assertThat(check.check("Grace Blame restarted the workers.")).extracting(Finding::matchedText)
                .containsExactly("Blame"); // without the participant list it is only a word
    }

    @Test
    void adverbsAndMarkupInsideAPhraseDoNotBreakIt() {
        assertThat(ruleIds("We should really have paged. He could easily have noticed. She *should* have known."))
                .containsExactly("shouldHave", "couldHave", "shouldHave");
    }

    @Test
    void newWordFormsAndBlameWordsAreFound() {
        assertThat(ruleIds("The responder neglects to read it.")).containsExactly("neglectedTo");
        assertThat(ruleIds("We would've prevented the outage.")).containsExactly("wouldHavePrevented");
        assertThat(ruleIds("The reviewer mistakenly approved it.")).containsExactly("mistakenly");
        assertThat(ruleIds("The operator overlooked the warning.")).containsExactly("overlooked");
        assertThat(ruleIds("They dropped the ball.")).containsExactly("complacency");
        assertThat(ruleIds("Someone fat-fingered the count.")).containsExactly("complacency");
        assertThat(ruleIds("The culprit was the intern.")).containsExactly("blame");
        assertThat(ruleIds("Engineers need to be more careful.")).containsExactly("beMoreCareful");
    }

    @Test
    void needsAndPossessionAreNotHindsight() {
        assertThat(check.check("We should have alerts on queue depth. We should have two people on call.")).isEmpty();
    }

    @Test
    void technicalHomographsAreNotFlagged() {
        assertThat(check.check("Images are lazy-loaded. Run `git blame` on it. The user error rate rose. "
                + "Failed to connect to database. The job stays green if only one replica is healthy.")).isEmpty();
    }

    @Test
    void negationsAndQuestionsAboutSystemsAreNotFlagged() {
        assertThat(check.check("It was not immediately obvious. Nobody is to blame. This was not human error. "
                + "What could have gone better? Why didn't the alert fire?")).isEmpty();
        assertThat(ruleIds("Why didn't anyone look at the logs?")).containsExactly("whyDidnt");
    }

    @Test
    void textPastedFromWordStillMatches() {
        assertThat(ruleIds("We sh\u00ADould have paged. We should\u200B have\u200B rolled back. "
                + "He should\u2032ve checked. She should\uFF07ve asked.")).containsExactly(
                "shouldHave", "shouldHave", "shouldHave", "shouldHave");
    }

    @Test
    void germanNarrativesGetGermanHints() {
        List<Finding> findings = check.check("Rückblickend hätte das Team den Rollback früher starten müssen.",
                Locale.ENGLISH);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("shouldHave");
            assertThat(f.matchedText()).isEqualTo("hätte das Team den Rollback früher starten müssen");
        });
        assertThat(check.check("Der Alarm hätte um 02:10 auslösen müssen.", Locale.GERMAN)).isEmpty();
        assertThat(check.check("Warum hat der Alarm nicht ausgelöst? Niemand ist schuld.", Locale.GERMAN)).isEmpty();
    }

    @Test
    void theTextDecidesTheLanguageAndTheUserLocaleDecidesWhenItCannot() {
        assertThat(check.language("Wir haben den Pod neu gestartet und die Fehlerrate sank.", Locale.ENGLISH))
                .isEqualTo("de");
        assertThat(check.language("We restarted the pod and the error rate fell.", Locale.GERMAN)).isEqualTo("en");
        assertThat(check.language("Rollback!", Locale.GERMAN)).isEqualTo("de");
        assertThat(check.language("Rollback!", Locale.FRENCH)).isEqualTo("en");
    }

    @Test
    void isThreadSafe() throws Exception {
        String text = "We should have paged. Der Kollege hätte die Warnung sehen müssen. It was human error. ";
        List<Finding> expected = check.check(text.repeat(50));
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger mismatches = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 50; i++) {
                    if (!check.check(text.repeat(50)).equals(expected)) {
                        mismatches.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(mismatches).hasValue(0);
    }
}
