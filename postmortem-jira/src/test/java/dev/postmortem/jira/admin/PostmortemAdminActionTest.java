package dev.postmortem.jira.admin;

import com.atlassian.jira.security.xsrf.RequiresXsrfCheck;
import com.atlassian.jira.web.action.JiraWebActionSupport;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.screens.JiraTemplates;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webwork action: XSRF on every form post, GET shows only, and each operation reaches the page's logic (whose
 * permission checks are {@link AdminPageTest}'s). The descriptor lets only administrators reach it at all.
 */
class PostmortemAdminActionTest {

    private final AdminFixture jira = new AdminFixture(Locale.ENGLISH).allInPlace();

    private PostmortemAdminAction request(String method, Map<String, String[]> parameters) {
        return new PostmortemAdminAction(jira.page()) {
            @Override
            protected Map<String, String[]> requestParameters() {
                return parameters;
            }

            @Override
            protected String requestMethod() {
                return method;
            }
        };
    }

    @Test
    void isAJiraWebActionWhoseFormPostsNeedJirasXsrfTokenWhileShowingDoesNot() throws Exception {
        assertThat(JiraWebActionSupport.class).isAssignableFrom(PostmortemAdminAction.class);
        assertThat(PostmortemAdminAction.class.getDeclaredMethod("doExecute").isAnnotationPresent(RequiresXsrfCheck.class))
                .isTrue();
        assertThat(PostmortemAdminAction.class.getDeclaredMethod("doDefault").isAnnotationPresent(RequiresXsrfCheck.class))
                .isFalse();
    }

    @Test
    void everyFormOfThePageSendsTheXsrfToken() {
        String template = JiraTemplates.resource("/templates/jira/admin/postmortem-admin.vm");

        int forms = template.split("<form ", -1).length - 1;
        assertThat(forms).isEqualTo(2);
        assertThat(template.split("name=\"atl_token\" value=\"\\$!atl_token\"", -1).length - 1).isEqualTo(forms);
        assertThat(template).contains("method=\"post\"").doesNotContain("method=\"get\"");
    }

    @Test
    void showingThePageChangesNothing() throws Exception {
        PostmortemAdminAction action = request("GET", Map.of());

        assertThat(action.doDefault()).isEqualTo("success");
        assertThat(action.getPage().getForm()).isNotNull();
        assertThat(jira.setupRuns).isZero();
    }

    @Test
    void aPostSavesTheSiteDefault() throws Exception {
        PostmortemAdminAction action = request("POST", Map.of("operation", new String[] {"saveDefault"},
                "kind", new String[] {"HOURS"}, "hours", new String[] {"12"}));

        assertThat(action.doExecute()).isEqualTo("success");
        assertThat(jira.policies.siteDefault()).contains(SoakPolicy.ofHours(12));
        assertThat(action.getPage().getSuccess()).isNotNull();
    }

    @Test
    void aPostRunsSetupAgain() throws Exception {
        PostmortemAdminAction action = request("POST", Map.of("operation", new String[] {"runSetup"}));

        action.doExecute();

        assertThat(jira.setupRuns).isEqualTo(1);
        assertThat(action.getPage().getSetupRun()).isNotNull();
    }

    @Test
    void aGetWithTheOperationsParametersChangesNothing() throws Exception {
        PostmortemAdminAction action = request("GET", Map.of("operation", new String[] {"runSetup"}));
        PostmortemAdminAction save = request("GET", Map.of("operation", new String[] {"saveDefault"},
                "kind", new String[] {"HOURS"}, "hours", new String[] {"12"}));

        action.doExecute();
        save.doExecute();

        assertThat(jira.setupRuns).isZero();
        assertThat(jira.policies.siteDefault()).contains(SoakPolicy.DEFAULT);
    }

    @Test
    void onlyAdministratorsReachTheActionAndItsLinkIsUnderManageApps() throws Exception {
        Element root;
        try (InputStream in = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
        }
        Element action = null;
        for (int i = 0; i < root.getElementsByTagName("action").getLength(); i++) {
            Element candidate = (Element) root.getElementsByTagName("action").item(i);
            if (PostmortemAdminAction.class.getName().equals(candidate.getAttribute("name"))) {
                action = candidate;
            }
        }
        assertThat(action).as("the admin page's webwork action").isNotNull();
        assertThat(action.getAttribute("roles-required")).isEqualTo("admin");
        assertThat(action.getAttribute("alias")).isEqualTo("PostmortemAdmin");
        Element section = null;
        for (int i = 0; i < root.getElementsByTagName("web-section").getLength(); i++) {
            Element candidate = (Element) root.getElementsByTagName("web-section").item(i);
            if ("postmortem-admin-section".equals(candidate.getAttribute("key"))) {
                section = candidate;
            }
        }
        assertThat(section).isNotNull();
        assertThat(section.getAttribute("location")).isEqualTo("admin_plugins_menu");
    }
}
