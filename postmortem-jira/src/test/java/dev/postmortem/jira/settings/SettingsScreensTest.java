package dev.postmortem.jira.settings;

import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.screens.JiraTemplates;
import dev.postmortem.jira.screens.Screens;
import dev.postmortem.jira.storage.DecisionSettings;
import dev.postmortem.jira.storage.SettingsChange;
import dev.postmortem.jira.storage.SettingsChange.Setting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.postmortem.jira.settings.SettingsFixture.NOW;
import static dev.postmortem.jira.settings.SettingsFixture.PROJECT_ID;
import static dev.postmortem.jira.settings.SettingsFixture.businessDays;
import static dev.postmortem.jira.settings.SettingsFixture.form;
import static dev.postmortem.jira.settings.SettingsFixture.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state of Project settings → Postmortem, rendered from the real template and classes for a viewer in English
 * and German, written to target/screens for the screenshot and accessibility run. The page's body is what the
 * project-admin decorator places next to Jira's project settings sidebar.
 */
class SettingsScreensTest {

    static final String TEMPLATE = "/templates/jira/settings/project-settings.vm";
    static final String[] RESOURCES = {"css/settings/project-settings.css", "js/settings/project-settings.js"};

    /** Stands in for Jira's $webResourceManager: the resource is declared in the page's head, which is not shot. */
    public static final class WebResources {
        public void requireResource(String key) {
            assertThat(key).isEqualTo("dev.postmortem.postmortem-jira:project-settings-resources");
        }
    }

    static String render(ProjectSettingsView page, Locale locale) {
        Map<String, Object> context = Map.of("page", page, "atl_token", "token-1234",
                "webResourceManager", new WebResources());
        String html = JiraTemplates.render(TEMPLATE, locale, context);
        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.admin\"/>",
                "<meta name=\"admin.active.section\" content=\"atl.jira.proj.config\"/>",
                "<meta name=\"admin.active.tab\" content=\"postmortem-project-settings-link\"/>");
        return html.substring(html.indexOf("<body>") + "<body>".length(), html.indexOf("</body>")).strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void projectSettingsStates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> states = new LinkedHashMap<>();

        states.put("settings-site-default", render(new SettingsFixture(locale).page().show("INC"), locale));

        SettingsFixture saved = new SettingsFixture(locale);
        saved.changes.record(new SettingsChange(PROJECT_ID, "JIRAUSER20000", NOW.minus(Duration.ofDays(40)),
                Setting.SOAK_POLICY, "", "HOURS 48"));
        saved.changes.record(new SettingsChange(PROJECT_ID, "JIRAUSER10100", NOW.minus(Duration.ofDays(2)),
                Setting.REMINDER_DAYS, "5", "3"));
        states.put("settings-saved", render(saved.page().save("INC", read(businessDays())), locale));

        SettingsFixture hours = new SettingsFixture(locale);
        hours.page().save("INC", read(form("soakMode", "HOURS", "hours", "48", "reminderDays", "3",
                "notDoingResolution", "10000")));
        states.put("settings-hours", render(hours.page().show("INC"), locale));

        states.put("settings-invalid", render(new SettingsFixture(locale).page().save("INC", read(businessDays(
                "days", "three", "holidays", "2026-12-24\n24.12.2026", "reminderDays", "0",
                "notDoingResolution", "99999"))), locale));

        SettingsFixture noWorkingDays = new SettingsFixture(locale);
        Map<String, String[]> none = businessDays();
        none.remove("workingDays");
        states.put("settings-no-working-days", render(noWorkingDays.page().save("INC", read(none)), locale));

        SettingsFixture withoutResolutions = new SettingsFixture(locale);
        withoutResolutions.decisions.save(PROJECT_ID, new DecisionSettings(5, Optional.of("10000")));
        withoutResolutions.features = TestFeatures.without("com.atlassian.jira.config.ResolutionManager");
        states.put("settings-resolutions-unavailable", render(withoutResolutions.page().show("INC"), locale));

        SettingsFixture refused = new SettingsFixture(locale);
        refused.administer(false);
        states.put("settings-refused", render(refused.page().show("INC"), locale));

        assertThat(states.get("settings-saved")).contains("aui-message-success", "postmortem-settings-changes",
                "<time datetime=\"2026-12-03T10:00:00Z\">");
        assertThat(states.get("settings-invalid")).contains("aria-invalid=\"true\"", "value=\"three\"",
                "24.12.2026").doesNotContain("aui-message-success");
        assertThat(states.get("settings-refused")).contains("aui-message-error").doesNotContain("<form");
        states.forEach((state, html) -> {
            assertThat(html).doesNotContain("$page").doesNotContain("$i18n").doesNotContain("$errors")
                    .doesNotContain("$atl_token");
            Screens.write(state, locale, Screens.Place.ADMIN, html, RESOURCES);
        });
    }
}
