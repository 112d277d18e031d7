package dev.postmortem.jira.incident;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.permission.ProjectPermissions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.RestCalls;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.screens.Screens;
import org.apache.commons.lang3.StringEscapeUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.postmortem.jira.incident.IncidentFixture.CREATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The "Create postmortem" dialog's states, from the resource's real answers (en, de): seeded from an incident, the
 * incident's existing postmortem, and the form with the server's validation errors. The dialog's script renders
 * each from the answer in the fragment's {@code data-proposal} (and {@code data-errors}).
 */
class IncidentScreensTest {

    private static final String[] RESOURCES = {"css/incident/incident-postmortem.css",
            "js/incident/incident-postmortem.js"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void dialogStates(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);

        String seeded = (String) resource(seededIncident(locale)).propose("INC-1").getEntity();
        write("incident-create-seeded", locale, seeded, null);

        IncidentFixture withPostmortem = seededIncident(locale);
        MutableIssue postmortem = mock(MutableIssue.class);
        when(postmortem.getKey()).thenReturn("PM-3");
        when(withPostmortem.permissionManager.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), eq(postmortem),
                any())).thenReturn(true);
        IssueLink link = mock(IssueLink.class);
        when(link.getLinkTypeId()).thenReturn(10210L);
        when(link.getSourceObject()).thenReturn(postmortem);
        when(withPostmortem.issueLinkManager.getInwardLinks(20000L)).thenReturn(List.of(link));
        write("incident-create-existing", locale,
                (String) resource(withPostmortem).propose("INC-1").getEntity(), null);

        IncidentFixture invalid = seededIncident(locale);
        RestCalls rest = new RestCalls(new UserMessages(JiraTexts.in(locale)));
        String body = JSON.writeValueAsString(Map.of("projectKey", "PM", "summary", " ",
                "participants", List.of("JIRAUSER2"), "timeline", List.of()));
        IncidentPostmortemResource resource = resource(invalid);
        String errors = (String) rest.call(() -> resource.create("INC-1", body)).getEntity();
        assertThat(errors).contains("\"field\":\"summary\"");
        // The form as the writer sent it: the summary emptied, the server's error next to it.
        ObjectNode proposal = (ObjectNode) JSON.readTree((String) resource.propose("INC-1").getEntity());
        ((ObjectNode) proposal.get("proposal")).put("summary", "");
        write("incident-create-invalid", locale, JSON.writeValueAsString(proposal), errors);
    }

    private static IncidentFixture seededIncident(Locale locale) {
        IncidentFixture fx = new IncidentFixture(locale);
        when(fx.incidentProject.getIssueTypes()).thenReturn(List.of(fx.incidentType, fx.postmortemType));
        fx.user("JIRAUSER4", "Olu Oncall");
        fx.change(301, CREATED.plusSeconds(120), fx.reporter, "assignee", null, "Ada Assignee");
        fx.change(302, CREATED.plusSeconds(240), fx.assignee, "priority", "Medium", "Highest");
        fx.change(303, CREATED.plusSeconds(300), fx.assignee, "status", "Open", "In Progress");
        fx.comment(10020, CREATED.plusSeconds(900), fx.assignee,
                "Rolled back release 42; error rate back to normal.\nDetails in the deploy log.", null, null);
        fx.comment(10021, CREATED.plusSeconds(960), fx.reporter, "Restricted: customer names", "incident-managers",
                null);
        fx.change(304, CREATED.plusSeconds(5_400), fx.assignee, "status", "In Progress", "Resolved");
        return fx;
    }

    private static IncidentPostmortemResource resource(IncidentFixture fx) {
        return new IncidentPostmortemResource(fx.postmortems());
    }

    private static void write(String state, Locale locale, String answer, String errors) {
        assertThat(answer).doesNotContain("customer names");
        String html = "<div class=\"postmortem-incident\" role=\"dialog\" data-proposal=\""
                + StringEscapeUtils.escapeHtml4(answer) + "\""
                + (errors == null ? "" : " data-errors=\"" + StringEscapeUtils.escapeHtml4(errors) + "\"")
                + "></div>\n";
        Screens.write(state, locale, Screens.Place.DIALOG, html, RESOURCES);
    }
}
