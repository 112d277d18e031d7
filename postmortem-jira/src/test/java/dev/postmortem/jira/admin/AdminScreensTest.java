package dev.postmortem.jira.admin;

import dev.postmortem.jira.host.TestFeatures;
import dev.postmortem.jira.narrative.EnsureNarrativeField;
import dev.postmortem.jira.screens.JiraTemplates;
import dev.postmortem.jira.screens.Screens;
import dev.postmortem.jira.setup.StepResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static dev.postmortem.jira.admin.AdminFixture.transition;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state of Administration → Postmortem, rendered from the real template and classes for an administrator in
 * English and German, written to target/screens for the screenshot and accessibility run. The fragment is the
 * page's body: Jira's admin decorator puts it next to the administration sidebar.
 */
class AdminScreensTest {

    private static final String TEMPLATE = "/templates/jira/admin/postmortem-admin.vm";
    private static final String[] RESOURCES = {"css/admin/admin.css"};

    /** Stands in for Jira's $webResourceManager: requiring a resource prints nothing. */
    public static final class WebResources {
        public void requireResource(String key) {
            assertThat(key).isEqualTo("dev.postmortem.postmortem-jira:admin-resources");
        }
    }

    private static String render(Locale locale, Function<AdminFixture, AdminPageView> request,
            java.util.function.Consumer<AdminFixture> setUp) {
        AdminFixture jira = new AdminFixture(locale).allInPlace();
        jira.workflow("Postmortem action workflow", transition("Start work", false, false),
                transition("Commit", true, true), transition("Not doing", false, true));
        setUp.accept(jira);
        AdminPageView view = request.apply(jira);
        PostmortemAdminAction action = new PostmortemAdminAction(jira.page()) {
            @Override
            public AdminPageView getPage() {
                return view;
            }
        };
        Map<String, Object> context = new HashMap<>();
        context.put("action", action);
        context.put("atl_token", "b7f1-token");
        context.put("webResourceManager", new WebResources());
        String page = JiraTemplates.render(TEMPLATE, locale, context);
        assertThat(page).contains("<meta name=\"decorator\" content=\"admin\"/>")
                .doesNotContain("$admin").doesNotContain("$i18n").doesNotContain("$form");
        return page.substring(page.indexOf("<body>") + "<body>".length(), page.indexOf("</body>"));
    }

    private static Map<String, String[]> invalidForm() {
        Map<String, String[]> form = new LinkedHashMap<>();
        form.put("operation", new String[] {"saveDefault"});
        form.put("kind", new String[] {"BUSINESS_DAYS"});
        form.put("days", new String[] {"two"});
        form.put("zone", new String[] {"Europe/Berln"});
        form.put("workingDays", new String[] {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"});
        form.put("holidays", new String[] {"2026-12-24\n31.12.2026"});
        return form;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void adminPageStates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> states = new LinkedHashMap<>();
        states.put("admin-all-in-place", render(locale, jira -> jira.page().show(), jira -> { }));
        states.put("admin-missing-and-feature-off", render(locale, jira -> jira.page().show(), jira -> {
            jira.fieldMissing(EnsureNarrativeField.SPEC);
            jira.linkType(10200L, "Action of postmortem");
            jira.features = TestFeatures.without("com.atlassian.scheduler.SchedulerService");
        }));
        states.put("admin-gate-bypassable", render(locale, jira -> jira.page().show(), jira ->
                jira.workflow("Ops follow-ups", transition("Commit", true, false), transition("Done", false, false))));
        states.put("admin-setup-rerun", render(locale, jira -> jira.page().runSetup(), jira -> {
            jira.setupResults.put("link-type", StepResult.repaired("postmortem.jira.setup.linkType.replaced",
                    "10200", "Postmortem action", "10201"));
            jira.setupResults.put("debrief-held-at-field", StepResult.created("postmortem.jira.setup.field.created",
                    "Debrief held at", "customfield_10302"));
        }));
        states.put("admin-default-invalid", render(locale, jira -> jira.page().saveSiteDefault(invalidForm()),
                jira -> { }));
        states.put("admin-refused", render(locale, jira -> jira.page().show(), AdminFixture::notAnAdmin));

        assertThat(states.get("admin-all-in-place")).contains("aui-lozenge-success").doesNotContain("aui-message-error")
                .contains("name=\"atl_token\" value=\"b7f1-token\"");
        assertThat(states.get("admin-missing-and-feature-off")).contains("aui-lozenge-error", "aui-lozenge-complete",
                "aui-message-warning", "com.atlassian.scheduler.SchedulerService");
        assertThat(states.get("admin-gate-bypassable")).contains("aui-message-error", "Ops follow-ups");
        assertThat(states.get("admin-setup-rerun")).contains("aui-message-success", "customfield_10302");
        assertThat(states.get("admin-default-invalid")).contains("aria-invalid=\"true\"", "value=\"two\"",
                "Europe/Berln", "31.12.2026");
        assertThat(states.get("admin-refused")).contains("aui-message-error").doesNotContain("<form");
        states.forEach((state, html) -> Screens.write(state, locale, Screens.Place.ADMIN, html, RESOURCES));
    }
}
