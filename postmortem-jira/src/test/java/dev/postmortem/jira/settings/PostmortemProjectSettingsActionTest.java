package dev.postmortem.jira.settings;

import com.atlassian.jira.security.request.RequestMethod;
import com.atlassian.jira.security.request.SupportedMethods;
import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Map;

import static dev.postmortem.jira.settings.SettingsFixture.PROJECT_ID;
import static dev.postmortem.jira.settings.SettingsFixture.businessDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The webwork side: which HTTP method runs what, that a POST needs Jira's XSRF token, and that the request's
 * parameters reach the page. Jira's dispatcher enforces the annotations; here we check they are there.
 */
class PostmortemProjectSettingsActionTest {

    private final SettingsFixture fx = new SettingsFixture();

    private PostmortemProjectSettingsAction action(Map<String, String[]> parameters) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getParameter(anyString())).thenAnswer(call -> {
            String[] values = parameters.get(call.<String>getArgument(0));
            return values == null ? null : values[0];
        });
        when(request.getParameterValues(anyString())).thenAnswer(call -> parameters.get(call.<String>getArgument(0)));
        return new PostmortemProjectSettingsAction(fx.page()) {
            @Override
            public HttpServletRequest getHttpRequest() {
                return request;
            }
        };
    }

    @Test
    void theFormsPostNeedsJirasXsrfTokenAndOnlyAPostSaves() throws Exception {
        Method execute = PostmortemProjectSettingsAction.class.getDeclaredMethod("doExecute");
        Method show = PostmortemProjectSettingsAction.class.getDeclaredMethod("doDefault");

        assertThat(execute.getAnnotation(RequiresXsrfCheck.class)).isNotNull();
        assertThat(execute.getAnnotation(SupportedMethods.class).value()).containsExactly(RequestMethod.POST);
        assertThat(show.getAnnotation(SupportedMethods.class).value()).containsExactly(RequestMethod.GET);
        assertThat(show.getAnnotation(RequiresXsrfCheck.class)).as("showing changes nothing").isNull();
    }

    @Test
    void theTemplateSendsTheTokenJiraChecks() {
        String template = dev.postmortem.jira.screens.JiraTemplates.resource("/templates/jira/settings/project-settings.vm");

        assertThat(template).contains("<input type=\"hidden\" name=\"atl_token\" value=\"$atl_token\">")
                .contains("method=\"post\"").contains("action=\"PostmortemProjectSettings.jspa\"");
    }

    @Test
    void getShowsThePageAndPostSavesTheRequestsForm() {
        Map<String, String[]> parameters = businessDays("projectKey", "INC");

        PostmortemProjectSettingsAction shown = action(Map.of("projectKey", new String[] {"INC"}));
        assertThat(shown.doDefault()).isEqualTo("success");
        assertThat(shown.getPage().mode()).isEqualTo("SITE_DEFAULT");

        PostmortemProjectSettingsAction posted = action(parameters);
        assertThat(posted.doExecute()).isEqualTo("success");
        assertThat(posted.getPage().saved()).isTrue();
        assertThat(fx.policies.forProject(PROJECT_ID)).isPresent();
        assertThat(fx.changes.all()).isNotEmpty();
    }

    @Test
    void aRefusedCallerGetsTheErrorViewAndNothingIsSaved() {
        fx.administer(false);

        PostmortemProjectSettingsAction posted = action(businessDays("projectKey", "INC"));

        assertThat(posted.doExecute()).isEqualTo("error");
        assertThat(posted.getPage().deniedMessage()).contains("Only administrators of project INC");
        assertThat(fx.policies.forProject(PROJECT_ID)).isEmpty();
        assertThat(fx.changes.all()).isEmpty();
    }
}
