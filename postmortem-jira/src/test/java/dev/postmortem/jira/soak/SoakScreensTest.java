package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.screens.JiraTemplates;
import dev.postmortem.jira.screens.Screens;
import dev.postmortem.jira.screens.Viewer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Every state of the soak panel and the soak condition's configuration, rendered from the real templates and
 * classes for a viewer in English and German, written to target/screens for the screenshot and accessibility run.
 */
class SoakScreensTest {

    private static final String PANEL = "/templates/jira/soak/soak-panel.vm";
    private static final String[] PANEL_RESOURCES = {"css/soak/soak-panel.css", "js/soak/soak-panel.js"};

    private String panel(Locale locale, boolean admin, Consumer<SoakFixture> setUp) {
        SoakFixture fx = new SoakFixture();
        Viewer viewer = new Viewer(locale);
        PermissionManager permissions = mock(PermissionManager.class);
        UserManager users = mock(UserManager.class);
        ApplicationUser ada = mock(ApplicationUser.class);
        when(ada.getDisplayName()).thenReturn("Ada Lovelace");
        when(users.getUserByKey("admin")).thenReturn(ada);
        CallerAccess access = new CallerAccess(mock(IssueManager.class), mock(ProjectManager.class), permissions,
                viewer.authenticationContext, fx.lookup());
        fx.browsePostmortems(permissions);
        when(permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, fx.action, viewer.user))
                .thenReturn(admin);
        setUp.accept(fx);
        SoakStatus status = new SoakStatus(fx.gate(), fx.lookup(), new SoakTexts(viewer.authenticationContext,
                viewer.formatter, users), fx.clock, access);
        Map<String, Object> context = new SoakPanelContextProvider(status, access, viewer.authenticationContext,
                BaseUrls.of("https://jira.example.com"))
                .getContextMap(Map.of("issue", fx.action));
        return JiraTemplates.render(PANEL, locale, context);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void soakPanelStates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, String> states = new java.util.LinkedHashMap<>();
        states.put("soak-soaking-admin", panel(locale, true, fx -> fx.postmortem("INC-42", NOW.minus(Duration.ofHours(10)))));
        states.put("soak-soaking", panel(locale, false, fx -> fx.postmortem("INC-42", NOW.minus(Duration.ofHours(10)))));
        states.put("soak-awaiting-debrief", panel(locale, true, fx -> {
            fx.postmortem("INC-42", null);
            fx.postmortem("INC-43", null);
        }));
        states.put("soak-committable", panel(locale, true, fx -> fx.postmortem("INC-42", NOW.minus(Duration.ofDays(3)))));
        states.put("soak-overridden", panel(locale, true, fx -> {
            Issue pm = fx.postmortem("INC-42", NOW.minus(Duration.ofHours(5)));
            fx.override(pm, NOW.minus(Duration.ofMinutes(30)), null, null);
        }));
        states.put("soak-cannot-evaluate", panel(locale, true, fx -> {
            fx.postmortem("INC-42", NOW.minus(Duration.ofDays(3)));
            fx.deleteDebriefField();
        }));
        // Jira's colours: a hold is "moved" (yellow), never "current" (blue, Jira's in progress); committable is success.
        assertThat(states.get("soak-soaking")).contains("aui-lozenge-moved").doesNotContain("aui-lozenge-current");
        // Soak over is not "done": grey, not green. One name per state, the summary's.
        assertThat(states.get("soak-committable")).doesNotContain("aui-lozenge-success")
                .contains(language.equals("de") ? ">Karenzzeit abgelaufen</span>" : ">Soak over</span>");
        // The override is collapsed behind a button, and offered only while the soak runs.
        assertThat(states.get("soak-soaking-admin")).contains("postmortem-soak-override-toggle",
                "class=\"aui postmortem-soak-override hidden\"", "aria-expanded=\"false\"");
        assertThat(states.get("soak-awaiting-debrief")).doesNotContain("postmortem-soak-override");
        // The postmortem is a link; the override reason is printed once.
        assertThat(states.get("soak-soaking")).contains("<a href=\"https://jira.example.com/browse/INC-42\">INC-42</a>");
        states.forEach((state, html) -> {
            assertThat(html).contains("postmortem-soak").doesNotContain("$soak").doesNotContain("$i18n");
            Screens.write(state, locale, Screens.Place.SIDEBAR, html, PANEL_RESOURCES);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void workflowConfiguration(String language) {
        Locale locale = Locale.forLanguageTag(language);
        SoakConfigView hours = new SoakConfigView(false, "48", "10100", "Postmortem action", false, List.of());
        List<LinkTypeOption> linkTypes = List.of(new LinkTypeOption("10000", "Blocks", false),
                new LinkTypeOption("10100", "Postmortem action", true));
        String input = "<table class=\"aui\"><tbody>\n"
                + JiraTemplates.render("/templates/jira/workflow/soak-gate-input.vm", locale,
                        Map.of("soak", hours, "linkTypes", linkTypes))
                + "</tbody></table>";
        String view = JiraTemplates.render("/templates/jira/workflow/soak-gate-view.vm", locale,
                Map.of("soak", new SoakConfigView(true, "", "10100", "Postmortem action", false, List.of())));

        assertThat(input).contains("postmortem-soak-hours").doesNotContain("$soak");
        assertThat(view).doesNotContain("$soak");
        Screens.write("workflow-condition-input", locale, Screens.Place.ADMIN, input);
        Screens.write("workflow-condition-view", locale, Screens.Place.ADMIN, view);
    }
}
