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
import java.time.ZoneOffset;
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

        assertThat(html).startsWith("<section class=\"pm-summary pm-summary--page\" lang=\"de\">");
        assertThat(html.strip()).endsWith("</section>");
        assertThat(count(html, "<section")).isEqualTo(count(html, "</section>"));
    }

    @Test
    void everyClassNameIsOursOrAui() {
        String html = RENDERER.render(full, Locale.ENGLISH, ALL);

        Matcher matcher = CLASS_ATTRIBUTE.matcher(html);
        int found = 0;
        while (matcher.find()) {
            for (String name : matcher.group(1).split(" ")) {
                assertThat(name).matches("(pm|aui)-[a-z0-9_-]+");
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
    void onTheIssueViewTheHeaderDoesNotRepeatTheIssue() {
        String html = RENDERER.render(full, Locale.ENGLISH, ZoneOffset.UTC, ALL, SummaryPlace.ISSUE_VIEW);

        assertThat(html).startsWith("<section class=\"pm-summary pm-summary--issue\"")
                .doesNotContain("<h2", "pm-summary__title", "pm-summary__issue", "Debrief held", full.title())
                .contains("Failure class", "<h3>Follow-up actions</h3>");
        assertThat(RENDERER.render(full, Locale.ENGLISH, ALL)).contains("pm-summary--page", "pm-summary__title",
                "<a class=\"pm-summary__issue\" href=\"https://jira.example.com/browse/INC-42\">", "Debrief held");
    }

    @Test
    void timesCarryIsoAndLocalisedText() {
        assertThat(RENDERER.render(full, Locale.ENGLISH, ALL))
                .contains("<time datetime=\"2026-11-19T09:12:00Z\">Nov 19, 2026, 9:12\u202fAM</time>");
        assertThat(RENDERER.render(full, Locale.GERMAN, ALL))
                .contains("<time datetime=\"2026-11-19T09:12:00Z\">19.11.2026, 09:12</time>");
    }

    @Test
    void zoneOverloadShowsLocalTimeButKeepsIsoUtc() {
        String html = RENDERER.render(full, Locale.GERMAN, ZoneId.of("Europe/Berlin"), ALL);

        assertThat(html).contains("<time datetime=\"2026-11-19T09:12:00Z\">19.11.2026, 10:12</time>")
                .doesNotContain("Europe/Berlin", "UTC");
    }

    @Test
    void impactFactsComeInTheOrderOfEventsAsInJirasField() {
        String html = RENDERER.render(full, Locale.ENGLISH, Set.of(SummarySection.IMPACT));

        assertThat(html.indexOf("<dt>Started</dt>")).isLessThan(html.indexOf("<dt>Detected</dt>"));
        assertThat(html.indexOf("<dt>Detected</dt>")).isLessThan(html.indexOf("<dt>Ended</dt>"));
        assertThat(html.indexOf("<dt>Ended</dt>")).isLessThan(html.indexOf("<dt>Duration</dt>"));
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
        assertThat(html).contains("pm-summary__title").doesNotContain("pm-summary__empty");
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
    void noSectionsStillRendersTheHeader() {
        String html = RENDERER.render(full, Locale.ENGLISH, Set.of());

        assertThat(html).contains("Checkout-Ausfall").doesNotContain("<h3>");
    }

    @Test
    void everyActionShowsItsStateAsTextNotOnlyColour() {
        String html = RENDERER.render(full, Locale.ENGLISH, Set.of(SummarySection.ACTIONS));

        assertThat(html).contains(">Proposed</span>", ">Committed</span>", ">Not doing</span>", ">Done</span>",
                "pm-action--not-doing", "Why not:", "Staging shares a cluster");
        assertThat(count(html, "Staging shares a cluster")).as("the reason, once").isEqualTo(1);
    }

    @Test
    void actionStatesAreLozengesInJirasColours() {
        String html = RENDERER.render(full, Locale.ENGLISH, Set.of(SummarySection.ACTIONS));

        assertThat(html).contains("<span class=\"aui-lozenge aui-lozenge-subtle pm-action__state\">Proposed</span>",
                "<span class=\"aui-lozenge aui-lozenge-subtle aui-lozenge-current pm-action__state\">Committed</span>",
                "<span class=\"aui-lozenge aui-lozenge-subtle aui-lozenge-success pm-action__state\">Done</span>",
                "<span class=\"aui-lozenge aui-lozenge-subtle aui-lozenge-removed pm-action__state\">Not doing</span>");
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

        assertThat(soak(null, null, soakEnd)).contains("pm-soak--waiting",
                "aui-lozenge-moved\">Awaiting debrief</span>", "once the debrief is held");
        assertThat(soak(debrief, null, soakEnd)).contains("pm-soak--unknown", ">End unknown</span>");
        assertThat(soak(debrief, soakEnd, soakEnd.minusSeconds(1))).contains("pm-soak--soaking",
                "aui-lozenge-moved\">Soaking</span> Actions can be committed from "
                        + "<time datetime=\"2026-11-24T14:00:00Z\">Nov 24, 2026, 2:00\u202fPM</time>.</p>");
        assertThat(soak(debrief, soakEnd, soakEnd)).contains("pm-soak--ended",
                "<span class=\"aui-lozenge aui-lozenge-subtle\">Soak over</span> Actions can be committed since <time");
    }

    @Test
    void heavyProportionalityIsFlaggedWithAFallbackMessage() {
        DebriefSummary heavy = copy(full, new SummaryProportionality(30, 7, true, "postmortem.actions.unknownKey",
                List.of("37")));

        String html = RENDERER.render(heavy, Locale.ENGLISH, Set.of(SummarySection.ACTIONS));

        assertThat(html).contains("aui-message aui-message-warning pm-proportionality--heavy",
                "37 actions are a lot for this incident", "30 proposed, 7 committed");
    }

    @Test
    void balancedProportionalityIsAnInfoMessage() {
        DebriefSummary balanced = copy(full, new SummaryProportionality(1, 1, false,
                "postmortem.actions.proportionality.ok", List.of("2", "48")));

        String html = RENDERER.render(balanced, Locale.ENGLISH, Set.of(SummarySection.ACTIONS));

        assertThat(html).contains("<div class=\"aui-message aui-message-info pm-proportionality\">",
                "2 actions for 48 minutes of impact.").doesNotContain("aui-message-warning", "--heavy");
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
    void emptySectionsAreNamedOnceWithTheWayToWriteThem() {
        DebriefSummary minimal = SummaryFixtures.summary(SummaryFixtures.MINIMAL);
        String html = RENDERER.render(minimal, Locale.ENGLISH, ALL);

        assertThat(count(html, "pm-summary__empty")).isEqualTo(1);
        assertThat(html).contains("Not written yet: What happened, Impact, Timeline, Personal accounts, "
                        + "Contributing factors, What we learned.",
                        "<a class=\"pm-summary__write\" href=\"" + minimal.issueUrl() + "\">Open " + minimal.issueKey()
                                + " in Jira to write them</a>",
                        "Not held yet", "Not decided yet", "pm-soak--waiting", "No follow-up actions yet.")
                .doesNotContain("--what-happened", "--impact", "--timeline", "--accounts", "--factors", "--learning");
        assertThat(RENDERER.render(minimal, Locale.ENGLISH, ZoneOffset.UTC, ALL, SummaryPlace.ISSUE_VIEW))
                .contains("secure/EditIssue!default.jspa?key=" + minimal.issueKey() + "\">Edit this postmortem to write them</a>");
        assertThat(RENDERER.render(minimal, Locale.GERMAN, ALL)).contains("Noch nicht geschrieben: Was geschah, ");
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
