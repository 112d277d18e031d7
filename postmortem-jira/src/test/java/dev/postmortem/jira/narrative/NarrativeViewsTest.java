package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.narrative.NarrativeFixtures;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.UserFormatter;
import dev.postmortem.jira.host.UserMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class NarrativeViewsTest {

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final UserFormatter jira = new UserFormatter(ZoneId.of("Europe/Berlin"));
    private final ApplicationUser viewer = mock(ApplicationUser.class);
    private final Issue issue = mock(Issue.class);
    private NarrativeViews views;

    @BeforeEach
    void setUp() {
        views = new NarrativeViews(new UserMessages(JiraTexts.english()), permissions, authentication, jira.injected);
        when(authentication.getLoggedInUser()).thenReturn(viewer);
    }

    private void viewerMayEdit(boolean mayEdit) {
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, viewer)).thenReturn(mayEdit);
    }

    @Test
    void showsEverySectionWithTimesInTheViewersZoneAndJiraFormat() {
        viewerMayEdit(false);

        NarrativeView view = views.view(NarrativeFixtures.richJson(), issue);

        assertThat(view.empty()).isFalse();
        assertThat(view.problems()).isEmpty();
        assertThat(view.summary()).startsWith("For 47 minutes, checkout failed");
        // 09:12 UTC is 10:12 in Berlin in November, written the way the viewer's Jira writes dates.
        assertThat(view.impact().start()).isEqualTo("24/Nov/26 10:12 AM");
        assertThat(view.impact().severity()).isEqualTo("SEV-2");
        assertThat(view.timeline()).hasSize(5);
        assertThat(view.timeline().get(0)).isEqualTo(new NarrativeTimelineRow("24/Nov/26 10:05 AM",
                "Deploy of payments-api 4.18 starts (pool size lowered from 50 to 20)."));
        assertThat(view.accounts()).extracting(NarrativeAccountView::name)
                .containsExactly("Jürgen Öztürk", "Amara Nwosu", "Li Wei");
        assertThat(view.accounts().get(2).whyItMadeSense()).contains("kept the cause visible");
        assertThat(view.factors()).hasSize(3);
        assertThat(view.learned()).startsWith("Pool sizes are capacity decisions");
        assertThat(view.failureClass()).isEqualTo("Controllable or detectable");
        assertThat(view.followUp()).contains("technical control and a detective alert");
        assertThat(view.hasTimeline()).isTrue();
        assertThat(view.hasAccounts()).isTrue();
        assertThat(view.hasFactors()).isTrue();
    }

    @Test
    void timesNotFilledInStayEmptyWithoutAskingTheFormatter() {
        viewerMayEdit(false);

        NarrativeView view = views.view("""
                {"version": 1, "impact": {"start": "2026-11-24T09:12:00Z", "severity": "SEV-3"},
                 "timeline": [{"text": "Someone noticed."}]}
                """, issue);

        assertThat(view.impact().start()).isEqualTo("24/Nov/26 10:12 AM");
        assertThat(view.impact().end()).isEmpty();
        assertThat(view.impact().detected()).isEmpty();
        assertThat(view.timeline()).containsExactly(new NarrativeTimelineRow("", "Someone noticed."));
        verify(jira.complete, times(1)).format(any(Date.class));
    }

    @Test
    void blameHintsAreShownToEditorsWithWhereTheyAre() {
        viewerMayEdit(true);
        String json = """
                {"version": 1, "summary": "The deploy went out at 09:05.",
                 "accounts": [{"participantUserKey": "JIRAUSER1", "participantDisplayName": "Sam",
                               "whatTheyDid": "Sam should have waited for the canary.",
                               "whyItMadeSense": "The runbook allowed it."}]}
                """;

        NarrativeView view = views.view(json, issue);

        assertThat(view.hasFindings()).isTrue();
        assertThat(view.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.where()).isEqualTo("Personal account 1 \u203a What they did");
            assertThat(finding.phrase()).isEqualTo("should have");
            assertThat(finding.message()).contains("hindsight");
            assertThat(finding.question()).endsWith("?");
        });
    }

    @Test
    void readersDoNotGetBlameHints() {
        viewerMayEdit(false);

        NarrativeView view = views.view("{\"summary\": \"It was human error.\"}", issue);

        assertThat(view.summary()).isEqualTo("It was human error.");
        assertThat(view.findings()).isEmpty();
        assertThat(view.hasFindings()).isFalse();
    }

    @Test
    void hintsAreOnlyWorkedOutWhenATemplateAsksForThem() {
        // The column view shows the summary only: no permission check, no language check per row.
        NarrativeView view = views.view("{\"summary\": \"It was human error.\"}", issue);

        assertThat(view.summary()).isEqualTo("It was human error.");
        verifyNoInteractions(permissions);

        viewerMayEdit(true);
        assertThat(view.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.phrase()).isEqualTo("human error"));
    }

    @Test
    void anUnreadableStoredValueIsExplainedNotHidden() {
        NarrativeView view = views.view("{\"version\": 7, \"summary\": \"newer\"}", issue);

        assertThat(view.empty()).isFalse();
        assertThat(view.problems()).singleElement().asString()
                .contains("format version 7").contains("Update the app");
    }

    @Test
    void nothingWrittenYetIsEmpty() {
        assertThat(views.view(null, issue).empty()).isTrue();
        assertThat(views.view("", null).empty()).isTrue();
    }

    @Test
    void impactWithNothingFilledInIsLeftOut() {
        viewerMayEdit(false);

        NarrativeView view = views.view("{\"summary\": \"short\"}", issue);

        assertThat(view.impact()).isNull();
        assertThat(view.failureClass()).isEmpty();
        assertThat(view.hasTimeline()).isFalse();
    }
}
