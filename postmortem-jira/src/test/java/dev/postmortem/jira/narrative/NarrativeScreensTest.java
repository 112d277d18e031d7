package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.narrative.Narrative;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.core.narrative.PersonalAccount;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.UserFormatter;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.screens.JiraTemplates;
import dev.postmortem.jira.screens.Screens;
import dev.postmortem.jira.summary.PostmortemScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The "Debrief narrative" field as readers and editors see it on the issue view, and its editor in Jira's edit
 * dialog (the edit template inside Jira's form markup; the editor script builds the form in the browser), in
 * English and German, written to target/screens.
 */
class NarrativeScreensTest {

    private static final String[] RESOURCES = {"css/narrative/narrative.css", "js/narrative/narrative-editor.js"};
    /** Jira's field macros as the edit dialog renders them: a field group with the field's label. */
    private static final String JIRA_FIELD_MACROS = """
            #macro(customControlHeader $action $id $name $required $displayParameters $auiparams)
            <div class="field-group"><label for="$id">$name</label>
            #end
            #macro(customControlFooter $action $id $description $displayParameters $auiparams)
            #if($description)<div class="description">$description</div>#end
            </div>
            #end
            """;

    private static NarrativeView view(Locale locale, String json, boolean editor) {
        PermissionManager permissions = mock(PermissionManager.class);
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        ApplicationUser user = mock(ApplicationUser.class);
        Issue issue = mock(Issue.class);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)).thenReturn(editor);
        return new NarrativeViews(new UserMessages(JiraTexts.in(locale)), permissions, authentication,
                new UserFormatter(ZoneId.of("Europe/Berlin")).injected).view(json, issue);
    }

    /** What Jira gives the field's templates: the field, its layout item and the value. */
    public static final class FieldStandIn {
        public String getId() {
            return "customfield_10400";
        }

        public String getName() {
            return "Debrief narrative";
        }

        public String getFieldDescription() {
            return null;
        }

        public boolean isRequired() {
            return false;
        }
    }

    private static String editor(Locale locale, String json) {
        String template = "/templates/jira/customfield/narrative-edit.vm";
        FieldStandIn field = new FieldStandIn();
        String form = JiraTemplates.renderSource(template, JIRA_FIELD_MACROS + JiraTemplates.resource(template),
                locale, Map.of("customField", field, "fieldLayoutItem", field, "value", json));
        return "<form class=\"aui\" action=\"#\" onsubmit=\"return false\">\n" + form + "</form>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void narrativeStates(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String full = NarrativeJson.write(PostmortemScenario.fullNarrative());
        String blaming = full.replace("Rolled back the release.",
                "Should have rolled back sooner; Jürgen carelessly skipped the checklist.");
        String view = JiraTemplates.render("/templates/jira/customfield/narrative-view.vm", locale,
                Map.of("narrative", view(locale, full, false)));
        String hints = JiraTemplates.render("/templates/jira/customfield/narrative-view.vm", locale,
                Map.of("narrative", view(locale, blaming, true)));

        assertThat(view).contains("pm-narrative").doesNotContain("$narrative");
        Screens.write("narrative-view", locale, Screens.Place.MAIN, view, RESOURCES[0]);
        Screens.write("narrative-view-hints", locale, Screens.Place.MAIN, hints, RESOURCES[0]);
        Screens.write("narrative-editor", locale, Screens.Place.DIALOG, editor(locale, full), RESOURCES);
        Screens.write("narrative-editor-empty", locale, Screens.Place.DIALOG, editor(locale, ""), RESOURCES);

        // Issue 15: accounts written by their people, two still awaited, one corrected by the owner: "3 of 5".
        Narrative awaiting = PostmortemScenario.fullNarrative();
        PersonalAccount first = awaiting.accounts().get(0);
        awaiting = awaiting.withAccount(new PersonalAccount(first.participantUserKey(),
                        first.participantDisplayName(), first.role(), first.whatTheySawAndKnew(), first.whatTheyDid(),
                        first.whyItMadeSense(), "A pool-size check in the config linter.", "JIRAUSER10999",
                        java.time.Instant.parse("2026-11-21T10:00:00Z")))
                .withAccount(PersonalAccount.awaited("JIRAUSER10104", "Priya Raman"))
                .withAccount(PersonalAccount.awaited("JIRAUSER10105", "Tomás Ortega"));
        String progress = JiraTemplates.render("/templates/jira/customfield/narrative-view.vm", locale,
                Map.of("narrative", view(locale, NarrativeJson.write(awaiting), false)));
        assertThat(progress).contains(language.equals("de") ? "3 von 5 Schilderungen geschrieben"
                : "3 of 5 accounts written");
        Screens.write("narrative-view-accounts", locale, Screens.Place.MAIN, progress, RESOURCES[0]);
        Screens.write("narrative-editor-accounts", locale, Screens.Place.DIALOG,
                editor(locale, NarrativeJson.write(awaiting)), RESOURCES);
    }
}
