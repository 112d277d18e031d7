package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.actions.Proportionality;
import dev.postmortem.core.actions.ProportionalityCheck;
import dev.postmortem.core.narrative.FailureClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryRendererTest {

    private static final SummaryRenderer RENDERER = new SummaryRenderer();
    private static final Set<SummarySection> ALL = EnumSet.allOf(SummarySection.class);
    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("class=\"([^\"]*)\"");

    private final DebriefSummary full = SummaryFixtures.summary(SummaryFixtures.FULL);

    @Test
    void rootIsOnePmSummarySectionInTheReadersLanguage() {
        String html = RENDERER.render(full, Locale.GERMAN, ALL);

        assertThat(html).startsWith("<section class=\"pm-summary\" lang=\"de\">");
        assertThat(html.strip()).endsWith("</section>");
        assertThat(count(html, "<section")).isEqualTo(count(html, "</section>"));
    }

    @Test
    void everyClassNameIsPrefixed() {
        String html = RENDERER.render(full, Locale.ENGLISH, ALL);

        Matcher matcher = CLASS_ATTRIBUTE.matcher(html);
        int found = 0;
        while (matcher.find()) {
            for (String name : matcher.group(1).split(" ")) {
                assertThat(name).startsWith("pm-");
                found++;
            }
        }
        assertThat(found).isGreaterThan(20);
    }

    @Test
    void isSelfContained() {
        String html = RENDERER.render(full, Locale.ENGLISH, ALL).toLowerCase(Locale.ROOT);

        assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "<style", "src=", "style=", "@import");
        assertThat(Pattern.compile("<[^>]*\\son[a-z]+\\s*=").matcher(html).find()).isFalse();
    }

    @Test
    void headingsAreNestedUnderOneTitle() {
        String html = RENDERER.render(full, Locale.ENGLISH, ALL);

        assertThat(count(html, "<h2")).isEqualTo(1);
        assertThat(count(html, "<h3>")).isEqualTo(SummarySection.values().length);
        assertThat(count(html, "<h4")).isEqualTo(full.accounts().size());
    }

    @Test
    void timesCarryIsoAndLocalisedText() {
        assertThat(RENDERER.render(full, Locale.ENGLISH, ALL))
                .contains("<time datetime=\"2026-11-19T09:12:00Z\">19 November 2026, 09:12 UTC</time>");
        assertThat(RENDERER.render(full, Locale.GERMAN, ALL))
                .contains("<time datetime=\"2026-11-19T09:12:00Z\">19. November 2026, 09:12 UTC</time>");
    }

    @Test
    void zoneOverloadShowsLocalTimeButKeepsIsoUtc() {
        String html = RENDERER.render(full, Locale.GERMAN, ZoneId.of("Europe/Berlin"), ALL);

        assertThat(html).contains("<time datetime=\"2026-11-19T09:12:00Z\">19. November 2026, 10:12 Europe/Berlin</time>");
    }

    @Test
    void unsupportedLocaleFallsBackToEnglishNotTheServerLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(RENDERER.render(full, Locale.FRENCH, ALL)).contains("<h3>What happened</h3>");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void germanLabelsKeepTheirUmlauts() {
        assertThat(RENDERER.render(full, Locale.GERMAN, ALL))
                .contains("<h3>Folgemaßnahmen</h3>", "Beherrschbar oder erkennbar", "Was wir gelernt haben")
                .doesNotContain("\\u00", "Ã");
    }

    @Test
    void multiLineTextsBecomeParagraphsAndLineBreaks() {
        String html = RENDERER.render(full, Locale.ENGLISH, Set.of(SummarySection.WHAT_HAPPENED));

        assertThat(html).contains("payment service.<br>The database")
                .contains("</p>\n<p dir=\"auto\">Checkout failed for 47 minutes");
    }

    @ParameterizedTest
    @EnumSource(SummarySection.class)
    void rendersOnlyTheSelectedSections(SummarySection only) {
        String html = RENDERER.render(full, Locale.ENGLISH, EnumSet.of(only));

        for (SummarySection section : SummarySection.values()) {
            String marker = "pm-summary__section--" + section.parameterName();
            if (section == only) {
                assertThat(html).contains(marker);
            } else {
                assertThat(html).doesNotContain(marker);
            }
        }
        assertThat(html).contains("pm-summary__title", "pm-summary__footer");
    }

    @Test
    void sectionsAppearInFixedOrderWhateverTheSelectionOrder() {
        String html = RENDERER.render(full, Locale.ENGLISH,
                SummarySection.fromParameter("soak,actions,impact").sections());

        assertThat(html.indexOf("--impact")).isLessThan(html.indexOf("--actions"));
        assertThat(html.indexOf("--actions")).isLessThan(html.indexOf("--soak"));
        assertThat(html).doesNotContain("--timeline");
    }

    @Test
    void noSectionsStillRendersHeaderAndFooter() {
        String html = RENDERER.render(full, Locale.ENGLISH, Set.of());

        assertThat(html).contains("Checkout-Ausfall").doesNotContain("<h3>");
    }

    @Test
    void everyActionShowsItsStateAsTextNotOnlyColour() {
        String html = RENDERER.render(full, Locale.ENGLISH, Set.of(SummarySection.ACTIONS));

        assertThat(html).contains(">Proposed</span>", ">Committed</span>", ">Not doing</span>", ">Done</span>",
                "pm-action--not-doing", "Why not:", "Staging shares a cluster");
    }

    @Test
    void actionKeysLinkToJiraNextToThePostmortem() {
        String html = RENDERER.render(full, Locale.ENGLISH, Set.of(SummarySection.ACTIONS));

        assertThat(html).contains("<a class=\"pm-action__key\" href=\"https://jira.example.com/browse/ACT-3\">");
    }

    @Test
    void actionsAreNotLinkedWhenTheIssueUrlIsNotABrowseUrl() {
        DebriefSummary summary = copyWithUrl(full, "https://jira.example.com/secure/ViewIssue.jspa?id=1");

        String html = RENDERER.render(summary, Locale.ENGLISH, ALL);

        assertThat(html).doesNotContain("href=\"https://jira.example.com/browse/ACT")
                .contains("<span class=\"pm-action__key\"><bdi>ACT-1</bdi></span>")
                .contains("href=\"https://jira.example.com/secure/ViewIssue.jspa?id=1\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
            "data:text/html,<b>x</b>", "vbscript:x", "/browse/INC-42", "//evil.example/x", "https:no-host",
            "java\tscript:alert(1)"})
    void unsafeIssueUrlsRenderNoLink(String url) {
        String html = RENDERER.render(copyWithUrl(full, url), Locale.ENGLISH, ALL);

        assertThat(html).doesNotContain("pm-summary__issue").contains("<dd><bdi>INC-42</bdi></dd>");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("href=\"javascript", "href=\"data", "href=\"vbscript");
    }

    @Test
    void issueUrlQueryIsEscapedInTheAttribute() {
        String html = RENDERER.render(copyWithUrl(full, "https://jira.example.com/browse/INC-42?a=1&b=\"2\""),
                Locale.ENGLISH, ALL);

        assertThat(html).doesNotContain("a=1&b");
    }

    @Test
    void soakSectionTellsWhereTheProcessStands() {
        Instant debrief = Instant.parse("2026-11-20T14:00:00Z");
        Instant soakEnd = Instant.parse("2026-11-24T14:00:00Z");

        assertThat(soak(null, null, soakEnd)).contains("pm-soak--waiting", "not been held yet");
        assertThat(soak(debrief, null, soakEnd)).contains("pm-soak--unknown");
        assertThat(soak(debrief, soakEnd, soakEnd.minusSeconds(1))).contains("pm-soak--soaking",
                "<time datetime=\"2026-11-24T14:00:00Z\">");
        assertThat(soak(debrief, soakEnd, soakEnd)).contains("pm-soak--ended", "The soak time is over");
    }

    @Test
    void heavyProportionalityIsFlaggedWithAFallbackMessage() {
        DebriefSummary heavy = copy(full, new SummaryProportionality(30, 7, true, "postmortem.actions.unknownKey",
                List.of("37")));

        String html = RENDERER.render(heavy, Locale.ENGLISH, Set.of(SummarySection.ACTIONS));

        assertThat(html).contains("pm-proportionality--heavy", "37 actions are a lot for this incident",
                "30 proposed, 7 committed");
    }

    @Test
    void argumentsThatDoNotFitTheMessageDoNotBreakThePage() {
        DebriefSummary odd = copy(full, new SummaryProportionality(1, 1, false,
                "postmortem.actions.proportionality.ok", List.of("four", "x")));

        String html = RENDERER.render(odd, Locale.ENGLISH, Set.of(SummarySection.ACTIONS));

        assertThat(html).contains("1 proposed, 1 committed").doesNotContain("four");
    }

    @Test
    void proportionalityFromTheActionsFeatureRendersItsOwnMessage() {
        Proportionality signal = ProportionalityCheck.withDefaults()
                .assess(java.time.Duration.ofMinutes(5), null, 30, 7);
        DebriefSummary summary = copy(full, SummaryProportionality.from(signal, 30, 7));

        String html = RENDERER.render(summary, Locale.ENGLISH, Set.of(SummarySection.ACTIONS));

        assertThat(summary.proportionality().heavy()).isTrue();
        assertThat(html).contains("pm-proportionality--heavy", "37 actions for 5 minutes of impact");
    }

    @Test
    void unknownExpectationKeyFallsBackToTheFailureClassRule() {
        DebriefSummary summary = new DebriefSummary(1, "INC-1", "t", "Open", "https://j.example/browse/INC-1", null,
                null, FailureClass.NOVEL, "postmortem.narrative.followUp.fromTheFuture", "", null, null, null, null,
                null, null, null, Instant.parse("2026-11-22T08:00:00Z"));

        String html = RENDERER.render(summary, Locale.ENGLISH, ALL);

        assertThat(html).contains("<dd>Novel</dd>", "pm-summary__expectation")
                .doesNotContain("fromTheFuture");
    }

    @Test
    void emptySectionsSaySoInsteadOfVanishing() {
        String html = RENDERER.render(SummaryFixtures.summary(SummaryFixtures.MINIMAL), Locale.ENGLISH, ALL);

        assertThat(count(html, "pm-summary__empty")).isEqualTo(SummarySection.values().length - 1);
        assertThat(html).contains("Not held yet", "Not decided yet", "pm-soak--waiting");
    }

    @Test
    void rendererIsSafeToShareBetweenThreads() throws Exception {
        String expected = RENDERER.render(full, Locale.GERMAN, ALL);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 8; i++) {
            Locale locale = i % 2 == 0 ? Locale.GERMAN : Locale.ENGLISH;
            Thread thread = new Thread(() -> {
                for (int n = 0; n < 20; n++) {
                    results.add(RENDERER.render(full, locale, ALL));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results).hasSize(160);
        assertThat(results.stream().filter(expected::equals).count()).isEqualTo(80);
    }

    @Test
    void worksWhateverTheContextClassLoaderIs() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(null) { });
        try {
            assertThat(new SummaryRenderer().render(full, Locale.ENGLISH, ALL)).contains("pm-summary");
            assertThat(thread.getContextClassLoader()).isNotSameAs(previous);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private String soak(Instant debrief, Instant soakEnd, Instant generatedAt) {
        DebriefSummary summary = new DebriefSummary(1, "INC-1", "t", "Open", "https://j.example/browse/INC-1",
                debrief, soakEnd, null, null, "", null, null, null, null, null,
                List.of(new SummaryAction("ACT-9", "s", ActionState.PROPOSED, "Open", null)), null, generatedAt);
        return RENDERER.render(summary, Locale.ENGLISH, Set.of(SummarySection.SOAK));
    }

    static DebriefSummary copyWithUrl(DebriefSummary s, String url) {
        return new DebriefSummary(s.contractVersion(), s.issueKey(), s.title(), s.statusName(), url,
                s.debriefHeldAt(), s.soakEndsAt(), s.failureClass(), s.followUpExpectationKey(), s.whatHappened(),
                s.impact(), s.timeline(), s.accounts(), s.contributingFactors(), s.learnings(), s.actions(),
                s.proportionality(), s.generatedAt());
    }

    private static DebriefSummary copy(DebriefSummary s, SummaryProportionality p) {
        return new DebriefSummary(s.contractVersion(), s.issueKey(), s.title(), s.statusName(), s.issueUrl(),
                s.debriefHeldAt(), s.soakEndsAt(), s.failureClass(), s.followUpExpectationKey(), s.whatHappened(),
                s.impact(), s.timeline(), s.accounts(), s.contributingFactors(), s.learnings(), s.actions(), p,
                s.generatedAt());
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
