package dev.postmortem.jira.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.jira.JiraTexts;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorResponsesTest {

    private static JsonNode json(Response response) throws Exception {
        return new ObjectMapper().readTree((String) response.getEntity());
    }

    @Test
    void everyDetailBecomesATranslatedErrorWithItsKeyAndField() throws Exception {
        RestProblem problem = new RestProblem(Status.BAD_REQUEST, List.of(
                new RestProblem.Detail("postmortem.jira.rest.policy.zone", List.of("Mars/Olympus"), "zone"),
                new RestProblem.Detail("postmortem.jira.rest.error.badJson", List.of(), null)));

        Response response = new RestProblemMapper(new ErrorResponses(new UserMessages(
                JiraTexts.in(Locale.GERMAN)))).toResponse(problem);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.at("/errors/0/key").asText()).isEqualTo("postmortem.jira.rest.policy.zone");
        assertThat(body.at("/errors/0/message").asText())
                .isEqualTo("\u201eMars/Olympus\u201c ist keine Zeitzone. Verwenden Sie eine ID wie Europe/Berlin oder UTC.");
        assertThat(body.at("/errors/0/field").asText()).isEqualTo("zone");
        assertThat(body.at("/errors/1/message").asText()).isEqualTo("Der Inhalt der Anfrage ist kein gültiges JSON.");
        assertThat(body.at("/errors/1/field").isNull()).isTrue();
    }

    @Test
    void workThatSucceedsIsAnsweredAsItIs() {
        ErrorResponses errors = new ErrorResponses(new UserMessages(JiraTexts.english()));

        Response response = errors.answer(() -> Response.noContent().build());

        assertThat(response.getStatus()).isEqualTo(204);
    }

    @Test
    void aProblemNeedsAtLeastOneDetail() {
        assertThatThrownBy(() -> new RestProblem(Status.BAD_REQUEST, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
