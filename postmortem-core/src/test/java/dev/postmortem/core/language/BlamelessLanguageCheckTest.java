package dev.postmortem.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlamelessLanguageCheckTest {

    private final BlamelessLanguageCheck check = BlamelessLanguageCheck.defaults();

    private List<String> ruleIds(String text) {
        return check.check(text).stream().map(Finding::ruleId).toList();
    }

    private List<String> matches(String text) {
        return check.check(text).stream().map(Finding::matchedText).toList();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = ';', textBlock = """
            We should have rolled back sooner.;                    shouldHave;      should have
            Ana should've checked the dashboard.;                  shouldHave;      should've
            He ought to have known.;                               shouldHave;      ought to have
            We shouldn't have deployed on a Friday.;               shouldNotHave;   shouldn't have
            We should not have deployed on a Friday.;              shouldNotHave;   should not have
            Someone could've noticed the spike.;                   couldHave;       could've
            He could have paged the DBA.;                          couldHave;       could have
            If only we had waited.;                                ifOnly;          If only
            Why didn't anyone look at the logs?;                   whyDidnt;        Why didn't
            The on-call engineer failed to escalate.;              failedTo;        failed to
            She neglected to update the runbook.;                  neglectedTo;     neglected to
            He forgot to renew the certificate.;                   forgotTo;        forgot to
            He didn't bother to read it.;                          didntBother;     didn't bother
            A careless change took the site down.;                 careless;        careless
            Root cause: human error.;                              humanError;      human error
            Root cause: operator error.;                           humanError;      operator error
            He obviously picked the wrong host.;                   obviously;       obviously
            It was obvious that the disk was full.;                obviousThen;     It was obvious
            He just had to restart the pod.;                       justHadTo;       just had to
            There was a lack of attention during the change.;      lackOfAttention; lack of attention
            We blame the tools.;                                   blame;           blame
            The ops team was blamed for it.;                       blame;           blamed
            """)
    void flagsEachRule(String text, String ruleId, String matched) {
        List<Finding> findings = check.check(text);

        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.ruleId()).isEqualTo(ruleId);
        assertThat(finding.matchedText()).isEqualTo(matched);
        assertThat(text.substring(finding.offset(), finding.end())).isEqualTo(matched);
        assertThat(finding.messageKey()).isEqualTo("postmortem.language.rule." + ruleId);
        assertThat(finding.questionKey()).startsWith("postmortem.language.question.");
        assertThat(finding.messageArgs()).containsExactly(matched);
    }

    @Test
    void everyPhraseOfEveryJudgementRuleIsFoundOnItsOwn() {
        for (BlameRule rule : check.rules().rules()) {
            if (rule.subject() != BlameRule.Subject.ANY) {
                continue; // the others need a person as subject; see the subject tests
            }
            for (String phrase : rule.phrases()) {
                String text = "Then " + phrase + " happened.";
                assertThat(check.check(text)).as(phrase)
                        .extracting(Finding::ruleId, Finding::matchedText)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(rule.id(), phrase));
            }
        }
    }

    @Test
    void reframingQuestionForShouldHaveAsksWhatMadeTheActionReasonable() {
        assertThat(check.check("we should have known").get(0).questionKey())
                .isEqualTo("postmortem.language.question.reasonable");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We should\u2019ve rolled back.",        // right single quotation mark
        "We should\u2018ve rolled back.",        // left single quotation mark
        "We should\u02BCve rolled back.",        // modifier letter apostrophe
        "We should've rolled back."
    })
    void apostropheVariantsAreTheSame(String text) {
        assertThat(check.check(text)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("shouldHave");
            assertThat(f.matchedText()).isEqualTo(text.substring(3, 12));
        });
    }

    @Test
    void curlyContractionsOfNegatives() {
        assertThat(ruleIds("We shouldn\u2019t have done that. Why didn\u2019t we page? He didn\u2019t bother."))
                .containsExactly("shouldNotHave", "whyDidnt", "didntBother");
    }

    @Test
    void quotedPhrasesAndCodeSpansAreNotFlagged() {
        String text = "He said \u2018should have\u2019 twice, \"human error\" once and \u201ccareless\u201d, then ran `git blame`.";
        assertThat(check.check(text)).isEmpty();
    }

    @Test
    void isCaseInsensitiveAndKeepsTheOriginalCase() {
        assertThat(matches("HUMAN ERROR. Human Error. hUmAn eRrOr. WE SHOULD HAVE PAGED."))
                .containsExactly("HUMAN ERROR", "Human Error", "hUmAn eRrOr", "SHOULD HAVE");
    }

    @Test
    void phrasesMatchAcrossLineBreaksAndHyphensButNotAcrossPunctuation() {
        assertThat(matches("we should\n  have\tseen it; human-error")).containsExactly("should\n  have", "human-error");
        assertThat(check.check("Should we? Have a look. Human. Error.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The shoulder of the road.",
        "A blameless postmortem.",
        "We practise blamelessness.",
        "Simplyfy is not a word.",
        "The unfailed to-do list.",
        "Humanerror",
        "The obviousness heuristic.",
        "Ashould have.",
        "forgotten tomatoes",
        "shoulda woulda",
        "A misfailed"
    })
    void matchesWholeWordsOnly(String text) {
        assertThat(check.check(text)).as(text).isEmpty();
    }

    @Test
    void blamelessIsNotFlaggedButBlameAndItsFormsAre() {
        assertThat(matches("blameless, blame, blamed, blames, blaming, blameworthy"))
                .containsExactly("blame", "blamed", "blames", "blaming", "blameworthy");
    }

    @Test
    void offsetsAreUtf16IndexesIntoTheOriginalTextAfterEmojiAndSurrogatePairs() {
        String text = "\uD83D\uDD25\uD83D\uDE31 \uD835\uDC00 fire! We \uD83D\uDC4D should have \uD83D\uDE80 paged.";
        // a supplementary letter (MATHEMATICAL BOLD CAPITAL A) is a word; emoji are separators
        List<Finding> findings = check.check(text);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.offset()).isEqualTo(text.indexOf("should have"));
            assertThat(f.length()).isEqualTo("should have".length());
            assertThat(text.substring(f.offset(), f.end())).isEqualTo("should have");
        });
    }

    @Test
    void offsetsStayRightWhenLowerCasingChangesLength() {
        // U+0130 (I with dot above) lower-cases to two chars; offsets must come from the original text.
        String text = "\u0130\u0130\u0130 \u0130stanbul team: HUMAN ERROR";
        Finding finding = check.check(text).get(0);

        assertThat(text.substring(finding.offset(), finding.end())).isEqualTo("HUMAN ERROR");
    }

    @Test
    void findingsAreInTextOrderWithCorrectOffsets() {
        String text = "He obviously should have known; it was human error and careless.";
        List<Finding> findings = check.check(text);

        assertThat(findings).extracting(Finding::ruleId)
                .containsExactly("obviously", "shouldHave", "humanError", "careless");
        for (Finding f : findings) {
            assertThat(text.substring(f.offset(), f.end())).isEqualTo(f.matchedText());
        }
        assertThat(findings).extracting(Finding::offset).isSorted();
    }

    @Test
    void theLongestPhraseWins() {
        assertThat(check.check("he was to blame")).singleElement()
                .extracting(Finding::matchedText).isEqualTo("to blame");
        assertThat(check.check("we should not have")).singleElement()
                .extracting(Finding::ruleId).isEqualTo("shouldNotHave");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Will", "Hope", "Blaine", "Justin", "Faith", "Grace", "Shelby", "Blake", "Simon", "Ought"})
    void namesAreNeverFlagged(String name) {
        String text = name + " paged the DBA, then " + name + " restarted the pod; " + name.toUpperCase()
                + " and " + name + "'s team watched. Ask " + name + "\u2019s lead.";

        assertThat(check.check(text)).isEmpty();
    }

    @Test
    void aNameBeforeAPhraseIsNeverPartOfTheFinding() {
        String text = "Will should have paged Hope.";
        assertThat(check.check(text)).singleElement().satisfies(f -> {
            assertThat(f.matchedText()).isEqualTo("should have");
            assertThat(f.offset()).isEqualTo(5);
        });
    }

    @Test
    void aSystemAsSubjectOfTheClauseStatesExpectedBehaviour() {
        assertThat(check.check("The alert should have fired at 02:10.")).isEmpty();
        assertThat(check.check("The backup job failed to run.")).isEmpty();
        assertThat(check.check("The canary test could have caught it.")).isEmpty();
        assertThat(check.check("The config shouldn't have allowed a zero TTL.")).isEmpty();
    }

    @Test
    void aPersonOrPronounBeforeTheRuleIsStillFlagged() {
        assertThat(ruleIds("Will should have fired the alert.")).containsExactly("shouldHave");
        assertThat(ruleIds("The on-call engineer failed to escalate.")).containsExactly("failedTo");
        assertThat(ruleIds("We should have tested it.")).containsExactly("shouldHave");
        assertThat(ruleIds("The alert, he should have seen it.")).containsExactly("shouldHave");
    }

    @Test
    void judgementsAreFlaggedWhateverTheSubject() {
        // "careless" and "blame" are judgements about people whatever comes before them.
        assertThat(ruleIds("The service blamed the database; the job careless")).containsExactly("blame", "careless");
    }

    @Test
    void aSubjectInAnotherSentenceDoesNotCount() {
        assertThat(ruleIds("It was the alert. We should have fired it, they said.")).containsExactly("shouldHave");
        assertThat(ruleIds("About the alert: someone should have fired it.")).containsExactly("shouldHave");
    }

    @Test
    void shouldHaveFollowedByADeterminerIsAWishNotHindsight() {
        assertThat(check.check("We should have a runbook for this. We could have the alert page twice.")).isEmpty();
        assertThat(ruleIds("We should have paged the DBA.")).containsExactly("shouldHave");
    }

    @Test
    void notObviousIsTheBlamelessReading() {
        assertThat(check.check("It was not obvious that the disk was full.")).isEmpty();
        assertThat(check.check("Nothing obvious in the logs.")).isEmpty();
        assertThat(ruleIds("It was obvious that the disk was full.")).containsExactly("obviousThen");
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoFindings() {
        assertThat(check.check("")).isEmpty();
        assertThat(check.check("  ...  \n\n ''' \u2019 ")).isEmpty();
        assertThatThrownBy(() -> check.check(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void staysLinearOnAdversarialInput() {
        // Long runs of rule prefixes ("should should should ...", "lack of lack of ...") would make a
        // backtracking regex or a restart-at-every-char scan slow; the word trie walks at most 8 words per start.
        String prefixes = "should could why if lack of all they had hätte warum hat ".repeat(30_000); // ~1.7 MB
        String apostrophes = "a'".repeat(200_000) + "'".repeat(200_000);
        String longWord = "x".repeat(1_000_000);

        long started = System.nanoTime();
        assertThat(check.check(prefixes)).isEmpty();
        assertThat(check.check(apostrophes)).isEmpty();
        assertThat(check.check(longWord + " human error")).hasSize(1);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // Generous bound for a shared CI machine; a quadratic scan of 1.6 MB would take minutes.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void findingsScaleWithTheText() {
        String sentence = "We obviously should have known it was human error. ";
        assertThat(check.check(sentence.repeat(10_000))).hasSize(30_000);
    }

    @Test
    void rulesAreDataLoadedFromAPropertiesFile() throws Exception {
        BlameRules rules = BlameRules.parse(new StringReader("""
                lexicon.personPronouns=she
                rule.hastily.phrases=hastily | in a rush
                rule.hastily.question=reasonable
                rule.hastily.subject=person
                """));
        BlamelessLanguageCheck custom = new BlamelessLanguageCheck(rules);

        assertThat(custom.check("She acted hastily, in a rush. The widget hastily reset."))
                .extracting(Finding::ruleId, Finding::matchedText, Finding::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hastily", "hastily", "postmortem.language.rule.hastily"),
                        org.assertj.core.groups.Tuple.tuple("hastily", "in a rush", "postmortem.language.rule.hastily"));
    }

    @Test
    void aMalformedRulesFileIsRefused() {
        assertThatThrownBy(() -> BlameRules.parse(new StringReader("rule.x.phrases=oops\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
        assertThatThrownBy(() -> BlameRules.parse(new StringReader(
                "rule.a.phrases=one two three four five six seven eight nine\nrule.a.question=q\n")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlamelessLanguageCheck(BlameRules.parse(new StringReader(
                "rule.a.phrases=same\nrule.a.question=q\nrule.b.phrases=SAME\nrule.b.question=q\n"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rules");
        assertThatThrownBy(() -> BlameRules.parse(new StringReader("typo.key=1\n")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
