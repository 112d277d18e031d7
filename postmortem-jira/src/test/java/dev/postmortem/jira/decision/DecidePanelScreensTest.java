package dev.postmortem.jira.decision;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.narrative.VelocityAllowlist;
import dev.postmortem.jira.screens.JiraTemplates;
import dev.postmortem.jira.screens.Screens;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The "Decision after the soak" panel rendered from the real template, context provider and views, for an owner
 * and a reader, in English and German; written to target/screens for the screenshot and accessibility run.
 */
class DecidePanelScreensTest {

    private static final String PANEL = "/templates/jira/decision/decide-panel.vm";
    private static final String[] RESOURCES = {"css/decision/decide-panel.css", "js/decision/decide-panel.js"};
    /** Five working days after the soak ended on Sunday 22 Nov (Mon–Fri, UTC) were over by then. */
    private static final Instant LATE = Instant.parse("2026-12-03T09:00:00Z");

    private static String panel(Locale locale, boolean owner, Instant now, Consumer<DecisionFixture> setUp) {
        DecisionFixture f = new DecisionFixture();
        if (owner) {
            String callerKey = f.caller().getKey();
            when(f.postmortem.getAssigneeId()).thenReturn(callerKey);
        }
        when(f.act6.getAssigneeId()).thenReturn("JIRAUSER10102");
        f.jira.visible(f.jira.issueManager.getIssueObject("ACT-1"), false);
        setUp.accept(f);
        Map<String, Object> context = new DecidePanelContextProvider(f.views(locale, now), f.jira.access,
                TestFeatures.allOn()).getContextMap(Map.of("issue", f.postmortem));
        return JiraTemplates.render(PANEL, locale, context);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void decidePanelStates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> states = new LinkedHashMap<>();
        states.put("decide-awaiting-owner", panel(locale, true, DecisionFixture.NOW, f -> { }));
        states.put("decide-read-only", panel(locale, false, DecisionFixture.NOW, f -> { }));
        states.put("decide-overdue", panel(locale, true, LATE, f -> { }));
        states.put("decide-no-resolution", panel(locale, true, DecisionFixture.NOW,
                f -> f.settings.save(DecisionFixture.PROJECT, new DecisionSettings(5, Optional.empty()))));
        states.put("decide-errors", withErrors(panel(locale, true, DecisionFixture.NOW, f -> { }), language));
        states.put("decide-after", panel(locale, false, DecisionFixture.NOW, f -> {
            f.categories.put(105L, "indeterminate");
            f.categories.put(106L, "done");
            f.log.append(ProcessEvent.actionsCommitted(42L, DecisionFixture.PROJECT,
                    DecisionFixture.NOW.minusSeconds(600), "JIRAUSER10500", 105L));
            f.log.append(ProcessEvent.actionDropped(42L, DecisionFixture.PROJECT,
                    DecisionFixture.NOW.minusSeconds(300), "JIRAUSER10500", 106L,
                    "Two reviews would slow every release;\nACT-2's alert <b>covers</b> the risk."));
        }));
        states.put("decide-not-yet", panel(locale, true, DecisionFixture.NOW, f ->
                f.log.append(new ProcessEvent(ProcessEventType.DEBRIEF_HELD, 42L, DecisionFixture.PROJECT,
                        DecisionFixture.NOW.minusSeconds(3600), "alice"))));

        String owner = states.get("decide-awaiting-owner");
        // Every awaiting action the viewer may browse, with who proposed it; ACT-1 is hidden from this viewer.
        assertThat(owner).contains("ACT-5", "ACT-6", "Jürgen Weiß", "Zoë O&#39;Brien".replace("&#39;", "'"))
                .doesNotContain("ACT-1<", "Add a pool-size check")
                // the summary is text, escaped
                .contains("pool saturation &lt;b&gt;now&lt;/b&gt;").doesNotContain("<b>now</b>")
                // keep is preselected; controls and bulk choices for the owner
                .contains("value=\"KEEP\" checked", "pm-decide-bulk-choice", "pm-decide-select-all")
                .doesNotContain("aui-message-warning");
        assertThat(states.get("decide-read-only")).contains("ACT-5", "pm-decide__readonly")
                .doesNotContain("<form", "type=\"radio\"", "pm-decide-bulk");
        assertThat(states.get("decide-overdue")).contains("aui-message-warning", "aui-lozenge-moved");
        assertThat(states.get("decide-no-resolution")).contains("aui-message-info");
        assertThat(states.get("decide-after")).contains("pm-decide-decided", "ACT-2&#39;s".replace("&#39;", "'"))
                .contains("&lt;b&gt;covers&lt;/b&gt;").doesNotContain("<b>covers</b>");
        assertThat(states.get("decide-not-yet")).doesNotContain("<table");
        states.forEach((state, html) -> {
            assertThat(html).contains("pm-decide").doesNotContain("$decide").doesNotContain("$row")
                    .doesNotContain("$i18n");
            Screens.write(state, locale, Screens.Place.MAIN, html, RESOURCES);
        });
    }

    /** The panel as it looks after Jira refused one decision and a drop was sent without reason (the script's work). */
    private static String withErrors(String html, String language) {
        String refused = language.equals("de")
                ? "Jira hat ACT-5 nicht geändert: Sie haben keine Berechtigung, diesen Vorgang zu überführen."
                : "Jira did not change ACT-5: You do not have permission to transition this issue.";
        String reason = new JiraTemplates.I18nStandIn(Locale.forLanguageTag(language))
                .getText("postmortem.decision.reason.required");
        String first = html.replaceFirst("value=\"COMMIT\">", "value=\"COMMIT\" checked>")
                .replaceFirst("value=\"KEEP\" checked>", "value=\"KEEP\">")
                .replaceFirst("class=\"pm-decide-row-error error hidden\" role=\"alert\">",
                        "class=\"pm-decide-row-error error\" role=\"alert\">" + refused);
        int second = first.indexOf("name=\"choice-106\"");
        String head = first.substring(0, second);
        String tail = first.substring(second)
                .replaceFirst("value=\"DROP\">", "value=\"DROP\" checked>")
                .replaceFirst("value=\"KEEP\" checked>", "value=\"KEEP\">")
                .replaceFirst("class=\"pm-decide-reason hidden\"", "class=\"pm-decide-reason\"")
                .replaceFirst("class=\"pm-decide-row-error error hidden\" role=\"alert\">",
                        "class=\"pm-decide-row-error error\" role=\"alert\">" + reason.strip());
        return head + tail;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void whenTheDecisionsCannotBeReadThePanelSaysSoAndTheIssueStillShows(String language) {
        Locale locale = Locale.forLanguageTag(language);
        DecisionFixture f = new DecisionFixture();
        DecideViews broken = mock(DecideViews.class);
        when(broken.of(any(), any(), anyBoolean())).thenThrow(new IllegalStateException("database gone"));

        Map<String, Object> context = new DecidePanelContextProvider(broken, f.jira.access, TestFeatures.allOn())
                .getContextMap(Map.of("issue", f.postmortem));
        String html = JiraTemplates.render(PANEL, locale, context);

        assertThat(html).contains("pm-decide__unavailable", new JiraTemplates.I18nStandIn(locale)
                .getText("postmortem.jira.decision.panel.unavailable")).doesNotContain("database gone");
        Screens.write("decide-unavailable", locale, Screens.Place.MAIN, html, RESOURCES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void textsTheTemplatePutsIntoAttributesHoldNoQuoteOrMarkup(String language) throws Exception {
        // Jira does not escape what $i18n.getText returns; these texts go into data-* attributes.
        String template = Files.readString(Path.of("src/main/resources" + PANEL));
        Matcher m = Pattern.compile("=\"\\$i18n\\.getText\\('([\\w.]+)'").matcher(template);
        JiraTemplates.I18nStandIn i18n = new JiraTemplates.I18nStandIn(Locale.forLanguageTag(language));
        int seen = 0;
        while (m.find()) {
            assertThat(i18n.getText(m.group(1))).as(m.group(1)).doesNotContain("\"", "<", ">", "&");
            seen++;
        }
        assertThat(seen).isEqualTo(7);
    }

    @Test
    void theAllowlistListsExactlyTheGettersTheTemplateCalls() throws Exception {
        String template = Files.readString(Path.of("src/main/resources" + PANEL));
        Set<String> called = new TreeSet<>();
        Matcher m = Pattern.compile("\\$!?\\{?(decide|row)\\.(\\w+)").matcher(template);
        while (m.find()) {
            Class<?> type = m.group(1).equals("decide") ? DecideView.class : DecideRow.class;
            String name = Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1);
            String getter;
            try {
                getter = type.getMethod("get" + name).getName();
            } catch (NoSuchMethodException e) {
                getter = type.getMethod("is" + name).getName();
            }
            called.add(type.getName() + "#" + getter + "()");
        }

        assertThat(VelocityAllowlist.methods("decision-velocity-allowlist")).isEqualTo(called);
    }
}
