package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.html.HtmlTemplates;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds an injection corpus through every string field of the summary and checks the HTML: no payload appears
 * unescaped, only the template's own tags and attributes exist, links are http(s) only, Velocity syntax in data
 * stays text, and bidirectional overrides stay inside an isolating element.
 */
class SummaryXssTest {

    private static final SummaryRenderer RENDERER = new SummaryRenderer();
    private static final Set<SummarySection> ALL = EnumSet.allOf(SummarySection.class);
    private static final DebriefSummary FULL = SummaryFixtures.summary(SummaryFixtures.FULL);

    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' onmouseover='alert(1)",
            "javascript:alert(document.cookie)",
            "{{7*7}}",
            "${7*7}",
            "$text.get(\"postmortem.summary.issue\")",
            "#set($s = \"pwned\")$s.title",
            "#foreach($i in [1..3])loop$i#end",
            "</section></dl><h1>owned</h1>",
            "\u202Eevil.exe\u202Ctxt",
            "<svg/onload=alert(1)>",
            "&lt;script&gt; already escaped &amp;",
            "<!-- comment --><![CDATA[x]]>");

    private static final Set<String> ALLOWED_TAGS = Set.of("section", "header", "footer", "article", "h2", "h3", "h4",
            "dl", "dt", "dd", "p", "br", "a", "bdi", "time", "ol", "ul", "li", "span", "div");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("class", "lang", "dir", "href", "datetime", "role");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z-]+)=\"([^\"<>]*)\"");

    /** Each string field of the contract, with whether the renderer shows it as text. */
    private record Field(String name, boolean shown, BiFunction<DebriefSummary, String, DebriefSummary> set) {
    }

    private static List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("title", true, (s, v) -> Copy.of(s).title(v).build()));
        fields.add(new Field("issueKey", true, (s, v) -> Copy.of(s).issueKey(v).build()));
        fields.add(new Field("statusName", true, (s, v) -> Copy.of(s).statusName(v).build()));
        fields.add(new Field("issueUrl", false, (s, v) -> Copy.of(s).issueUrl(v).build()));
        fields.add(new Field("followUpExpectationKey", false, (s, v) -> Copy.of(s).expectationKey(v).build()));
        fields.add(new Field("whatHappened", true, (s, v) -> Copy.of(s).whatHappened(v).build()));
        fields.add(new Field("impact.severity", true, (s, v) -> Copy.of(s).impact(new SummaryImpact(
                s.impact().start(), s.impact().end(), s.impact().detectedAt(), v, s.impact().text())).build()));
        fields.add(new Field("impact.text", true, (s, v) -> Copy.of(s).impact(new SummaryImpact(
                s.impact().start(), s.impact().end(), s.impact().detectedAt(), s.impact().severity(), v)).build()));
        fields.add(new Field("timeline.text", true, (s, v) -> Copy.of(s).timeline(
                new SummaryTimelineEntry(s.timeline().get(0).at(), v, "Ann")).build()));
        fields.add(new Field("timeline.author", true, (s, v) -> Copy.of(s).timeline(
                new SummaryTimelineEntry(s.timeline().get(0).at(), "text", v)).build()));
        fields.add(new Field("account.displayName", true, (s, v) -> Copy.of(s).account(
                new SummaryAccount(v, "role", "saw", "did", "why")).build()));
        fields.add(new Field("account.role", true, (s, v) -> Copy.of(s).account(
                new SummaryAccount("Ann", v, "saw", "did", "why")).build()));
        fields.add(new Field("account.sawAndKnew", true, (s, v) -> Copy.of(s).account(
                new SummaryAccount("Ann", "role", v, "did", "why")).build()));
        fields.add(new Field("account.did", true, (s, v) -> Copy.of(s).account(
                new SummaryAccount("Ann", "role", "saw", v, "why")).build()));
        fields.add(new Field("account.whyItMadeSense", true, (s, v) -> Copy.of(s).account(
                new SummaryAccount("Ann", "role", "saw", "did", v)).build()));
        fields.add(new Field("account.whatWouldHaveHelped", true, (s, v) -> Copy.of(s).account(
                new SummaryAccount("Ann", "role", "saw", "did", "why", v, "")).build()));
        fields.add(new Field("account.editedBy", true, (s, v) -> Copy.of(s).account(
                new SummaryAccount("Ann", "role", "saw", "did", "why", "", v)).build()));
        fields.add(new Field("contributingFactors", true, (s, v) -> Copy.of(s).factors(List.of(v)).build()));
        fields.add(new Field("learnings", true, (s, v) -> Copy.of(s).learnings(List.of(v)).build()));
        fields.add(new Field("action.issueKey", true, (s, v) -> Copy.of(s).action(
                new SummaryAction(v, "summary", ActionState.PROPOSED, "Open", null)).build()));
        fields.add(new Field("action.summary", true, (s, v) -> Copy.of(s).action(
                new SummaryAction("ACT-1", v, ActionState.PROPOSED, "Open", null)).build()));
        fields.add(new Field("action.statusName", true, (s, v) -> Copy.of(s).action(
                new SummaryAction("ACT-1", "summary", ActionState.COMMITTED, v, null)).build()));
        fields.add(new Field("action.notDoingReason", true, (s, v) -> Copy.of(s).action(
                new SummaryAction("ACT-1", "summary", ActionState.NOT_DOING, "Closed", v)).build()));
        fields.add(new Field("droppedAction.summary", true, (s, v) -> Copy.of(s).action(new SummaryAction("ACT-1", v,
                ActionState.NOT_DOING, "Closed", "reason", Instant.parse("2026-11-23T10:00:00Z"))).build()));
        fields.add(new Field("droppedAction.reason", true, (s, v) -> Copy.of(s).action(new SummaryAction("ACT-1",
                "summary", ActionState.NOT_DOING, "Closed", v, Instant.parse("2026-11-23T10:00:00Z"))).build()));
        fields.add(new Field("incidentKeys", true, (s, v) -> Copy.of(s).incidents(List.of(v)).build()));
        fields.add(new Field("proportionality.messageKey", false, (s, v) -> Copy.of(s).proportionality(
                new SummaryProportionality(1, 1, false, v, List.of())).build()));
        fields.add(new Field("proportionality.messageArgs", true, (s, v) -> Copy.of(s).proportionality(
                new SummaryProportionality(1, 1, true, "postmortem.summary.empty.sections", List.of(v, "x"))).build()));
        return fields;
    }

    static Stream<Arguments> everyFieldWithEveryPayload() {
        return fields().stream().flatMap(field -> PAYLOADS.stream().map(payload ->
                Arguments.of(Named.of(field.name(), field), Named.of(printable(payload), payload))));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("everyFieldWithEveryPayload")
    void payloadIsInertInEveryField(Field field, String payload) {
        DebriefSummary summary = field.set().apply(FULL, payload);

        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            String html = RENDERER.render(summary, locale, ALL);

            assertOnlyTemplateMarkup(html);
            if (payload.matches("(?s).*[<>&\"'].*")) {
                assertThat(html).doesNotContain(payload);
            }
            if (field.shown()) {
                assertThat(html).contains(HtmlTemplates.escape(payload));
            }
            assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<svg", "<h1", "<!--",
                    "<![cdata[");
            assertThat(html).doesNotContain("pwned\"", ">49<", " 49 ", "loop1");
            assertThat(count(html, "<section")).isEqualTo(count(html, "</section>"));
            assertBidiControlsAreIsolated(html);
        }
    }

    /** Every tag is one the template writes, with only its attributes, and links are http(s). */
    private static void assertOnlyTemplateMarkup(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            assertThat(ALLOWED_TAGS).as("tag in %s", tag.group()).contains(tag.group(2));
            String rest = tag.group(3);
            Matcher attribute = ATTRIBUTE.matcher(rest);
            int consumed = 0;
            while (attribute.find()) {
                assertThat(attribute.start()).as("attributes of %s", tag.group()).isEqualTo(consumed);
                consumed = attribute.end();
                assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", tag.group()).contains(attribute.group(1));
                if (attribute.group(1).equals("href")) {
                    assertThat(attribute.group(2)).startsWith("https://");
                }
                if (attribute.group(1).equals("class")) {
                    for (String name : attribute.group(2).split(" ")) {
                        assertThat(name).matches("(pm|aui)-[a-z0-9_-]+");
                    }
                }
            }
            assertThat(rest.substring(consumed)).as("stray text in %s", tag.group()).isEmpty();
        }
        // A '<' that is not a tag would be text that escaped escaping.
        assertThat(html.replaceAll("<(/?)([a-zA-Z0-9]+)([^>]*)>", "")).doesNotContain("<", ">");
    }

    /** U+202A..U+202E and U+2066..U+2069 may only occur inside an element that isolates its text. */
    private static void assertBidiControlsAreIsolated(String html) {
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                String before = html.substring(0, i);
                int tagStart = before.lastIndexOf('<');
                String openTag = before.substring(tagStart, before.indexOf('>', tagStart) + 1);
                assertThat(openTag).as("element around a bidi control").matches("<bdi>|<p dir=\"auto\">|<br>");
                if (openTag.equals("<br>")) {
                    assertThat(before.substring(before.lastIndexOf("<p"))).startsWith("<p dir=\"auto\">");
                }
            }
        }
    }

    private static String printable(String payload) {
        StringBuilder out = new StringBuilder();
        payload.codePoints().forEach(cp -> out.append(Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                ? String.format("\\u%04X", cp) : Character.toString(cp)));
        return out.toString();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    /** Copies a summary with one part replaced; list setters replace the whole list with one element. */
    static final class Copy {
        private String title;
        private String issueKey;
        private String statusName;
        private String issueUrl;
        private String expectationKey;
        private String whatHappened;
        private SummaryImpact impact;
        private List<SummaryTimelineEntry> timeline;
        private List<SummaryAccount> accounts;
        private List<String> factors;
        private List<String> learnings;
        private List<SummaryAction> actions;
        private SummaryProportionality proportionality;
        private List<String> incidents;
        private DebriefSummary source;

        static Copy of(DebriefSummary s) {
            Copy copy = new Copy();
            copy.source = s;
            copy.title = s.title();
            copy.issueKey = s.issueKey();
            copy.statusName = s.statusName();
            copy.issueUrl = s.issueUrl();
            copy.expectationKey = s.followUpExpectationKey();
            copy.whatHappened = s.whatHappened();
            copy.impact = s.impact();
            copy.timeline = s.timeline();
            copy.accounts = s.accounts();
            copy.factors = s.contributingFactors();
            copy.learnings = s.learnings();
            copy.actions = s.actions();
            copy.proportionality = s.proportionality();
            copy.incidents = s.incidentKeys();
            return copy;
        }

        Copy title(String v) { title = v; return this; }
        Copy issueKey(String v) { issueKey = v; return this; }
        Copy statusName(String v) { statusName = v; return this; }
        Copy issueUrl(String v) { issueUrl = v; return this; }
        Copy expectationKey(String v) { expectationKey = v; return this; }
        Copy whatHappened(String v) { whatHappened = v; return this; }
        Copy impact(SummaryImpact v) { impact = v; return this; }
        Copy timeline(SummaryTimelineEntry v) { timeline = List.of(v); return this; }
        Copy account(SummaryAccount v) { accounts = List.of(v); return this; }
        Copy accounts(List<SummaryAccount> v) { accounts = v; return this; }
        Copy factors(List<String> v) { factors = v; return this; }
        Copy learnings(List<String> v) { learnings = v; return this; }
        Copy action(SummaryAction v) { actions = List.of(v); return this; }
        Copy proportionality(SummaryProportionality v) { proportionality = v; return this; }
        Copy incidents(List<String> v) { incidents = v; return this; }

        DebriefSummary build() {
            return new DebriefSummary(source.contractVersion(), issueKey, title, statusName, issueUrl,
                    source.debriefHeldAt(), source.soakEndsAt(), source.failureClass(), expectationKey, whatHappened,
                    impact, timeline, accounts, factors, learnings, actions, proportionality, source.generatedAt(),
                    SummaryOmissions.NONE, incidents);
        }
    }
}
