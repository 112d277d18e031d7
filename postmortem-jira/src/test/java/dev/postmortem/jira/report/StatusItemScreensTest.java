package dev.postmortem.jira.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.RestCalls;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.screens.Screens;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state of the dashboard item, as Jira's dashboard builds it (a test stand-in, src/test/js/hosts, calls the
 * real module's render or renderEdit): where the postmortems stand, all groups empty, the project picker, no
 * project chosen, and a project the viewer may not browse. Our resource's answers are the real resource's; Jira's
 * own search and project list are answered as Jira's REST API answers them.
 */
class StatusItemScreensTest {

    private static final String[] RESOURCES = {"jira-dashboard.js", "css/report/status-item.css",
            "js/report/status-item.js"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReportFixture fx = new ReportFixture();

    private static String frame(Locale locale, String view, String preferences, boolean editable) {
        String title = JiraTexts.in(locale).getText("postmortem.jira.gadget.title");
        return "<div class=\"dashboard-item-frame\">\n<h2 class=\"dashboard-item-title\">" + title + "</h2>\n"
                + "<div class=\"dashboard-item-content\" data-dashboard-item=\"postmortem/dashboard/status-item\""
                + " data-view=\"" + view + "\" data-editable=\"" + editable + "\" data-preferences=\""
                + preferences.replace("\"", "&quot;") + "\"></div>\n</div>";
    }

    private static ObjectNode answer(Response response) throws IOException {
        ObjectNode stub = JSON.createObjectNode();
        stub.put("status", response.getStatus());
        stub.set("json", JSON.readTree((String) response.getEntity()));
        return stub;
    }

    /** Jira's GET /rest/api/2/search answer: the total and the first issues with their summary. */
    private static ObjectNode search(int total, String... keysAndSummaries) {
        ObjectNode route = JSON.createObjectNode().put("path", "/rest/api/2/search").put("status", 200);
        ObjectNode body = route.putObject("json").put("total", total);
        ArrayNode issues = body.putArray("issues");
        for (int i = 0; i < keysAndSummaries.length; i += 2) {
            issues.addObject().put("key", keysAndSummaries[i]).putObject("fields").put("summary", keysAndSummaries[i + 1]);
        }
        return route;
    }

    private static void write(String state, Locale locale, String html, ObjectNode answers) {
        Screens.write(state, locale, Screens.Place.DASHBOARD, html, RESOURCES);
        try {
            Files.writeString(Screens.directory().resolve(state + "." + locale.getLanguage() + ".json"),
                    answers.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void statusItemStates(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        RestCalls rest = new RestCalls(new UserMessages(JiraTexts.in(locale)));
        ProcessReportResource resource = fx.resource();
        String ops = "{\"projectKey\":\"OPS\"}";

        ObjectNode empty = answer(rest.call(() -> resource.status("OPS")));
        empty.putArray("routes").add(search(0));
        write("dashboard-item-empty", locale, frame(locale, "view", ops, true), empty);

        fx.threePostmortemsAndAHiddenOne();
        ObjectNode data = answer(rest.call(() -> resource.status("OPS")));
        assertThat(data.path("json").path("soaking").size()).isEqualTo(2);
        data.putArray("routes").add(search(7, "OPS-21", "Checkout errors after the payment release",
                "OPS-20", "Search index lagging behind", "OPS-19", "Login slow for SSO users",
                "OPS-18", "Nightly export failed", "OPS-17", "Status page not updated"));
        write("dashboard-item-data", locale, frame(locale, "view", ops, true), data);

        ObjectNode projects = JSON.createObjectNode();
        ObjectNode list = projects.putArray("routes").addObject().put("path", "/rest/api/2/project").put("status", 200);
        list.putArray("json").add(JSON.createObjectNode().put("key", "OPS").put("name", "Operations"))
                .add(JSON.createObjectNode().put("key", "PAY").put("name", "Payments"));
        write("dashboard-item-edit", locale, frame(locale, "edit", ops, true), projects);

        write("dashboard-item-no-project", locale, frame(locale, "view", "{}", false), JSON.createObjectNode());

        fx.browsable(false);
        ObjectNode refused = answer(rest.call(() -> resource.status("OPS")));
        assertThat(refused.path("status").asInt()).isEqualTo(404);
        write("dashboard-item-not-found", locale, frame(locale, "view", ops, true), refused);
    }
}
