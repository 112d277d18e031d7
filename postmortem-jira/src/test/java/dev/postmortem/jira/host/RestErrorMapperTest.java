package dev.postmortem.jira.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.InvalidInput;
import dev.postmortem.jira.JiraTexts;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestErrorMapperTest {

    private final RestErrorMapper english = new RestErrorMapper(new UserMessages(JiraTexts.english()));

    private static JsonNode json(Response response) throws Exception {
        return new ObjectMapper().readTree((String) response.getEntity());
    }

    @Test
    void everyDetailBecomesATranslatedErrorWithItsKeyAndField() throws Exception {
        RestProblem problem = new RestProblem(Status.BAD_REQUEST, List.of(
                new RestProblem.Detail("postmortem.jira.rest.policy.zone", List.of("Mars/Olympus"), "zone"),
                new RestProblem.Detail("postmortem.jira.rest.error.badJson", List.of(), null)));

        Response response = new RestErrorMapper(new UserMessages(JiraTexts.in(Locale.GERMAN))).toResponse(problem);

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
    void invalidInputFromTheCoreIsABadRequestWithItsKey() throws Exception {
        Response response = english.toResponse(new InvalidInput("postmortem.soak.policy.tooLong"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.at("/errors/0/key").asText()).isEqualTo("postmortem.soak.policy.tooLong");
        assertThat(body.at("/errors/0/message").asText()).isEqualTo("The soak time can be at most 366 days.");
        assertThat(body.at("/errors/0/field").isNull()).isTrue();
    }

    @Test
    void aBugIsATranslated500WithoutAnythingOfTheExceptionAndIsLoggedOnceWithItsTrace() throws Exception {
        IllegalStateException bug = new IllegalStateException("secret detail of the bug");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        Response response;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            response = new RestErrorMapper(new UserMessages(JiraTexts.in(Locale.GERMAN))).toResponse(bug);
        } finally {
            System.setErr(stderr);
        }

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        String body = (String) response.getEntity();
        assertThat(body).doesNotContain("secret", "IllegalStateException", "at dev.postmortem");
        assertThat(json(response).at("/errors/0/key").asText()).isEqualTo(RestErrorMapper.INTERNAL_KEY);
        assertThat(json(response).at("/errors/0/message").asText()).startsWith("Auf dem Server ist ein Fehler aufgetreten.");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).containsOnlyOnce("java.lang.IllegalStateException: secret detail of the bug")
                .contains("at dev.postmortem.jira.host.RestErrorMapperTest");
    }

    @Test
    void jaxRsOwnAnswersStayAsTheRestStackGivesThem() {
        NotSupportedException unsupported = new NotSupportedException();

        Response response = english.toResponse(unsupported);

        assertThat(response).isSameAs(unsupported.getResponse());
        assertThat(response.getStatus()).isEqualTo(415);
    }

    @Test
    void aProblemNeedsAtLeastOneDetail() {
        assertThatThrownBy(() -> new RestProblem(Status.BAD_REQUEST, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
