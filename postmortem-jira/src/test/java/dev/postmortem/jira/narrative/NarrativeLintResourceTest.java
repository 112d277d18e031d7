package dev.postmortem.jira.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.jira.summary.PostmortemScenario;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

class NarrativeLintResourceTest {

    private final PostmortemScenario jira = new PostmortemScenario();
    private final NarrativeLintResource resource = new NarrativeLintResource(jira.access, jira.messages);

    private static JsonNode json(Response response) throws Exception {
        return new ObjectMapper().readTree((String) response.getEntity());
    }

    @Test
    void findsBlamePhrasingWithOffsetsAndTranslatedHelp() throws Exception {
        String text = "Kim careless? No: Kim should have been told.";

        String body = "{\"text\": " + new ObjectMapper().writeValueAsString(text) + "}";
        Response response = jira.rest.call(() -> resource.lint(body));

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode findings = json(response).get("findings");
        assertThat(findings).hasSize(2);
        JsonNode careless = findings.get(0);
        assertThat(careless.get("matchedText").asText()).isEqualTo("careless");
        assertThat(text.substring(careless.get("offset").asInt(),
                careless.get("offset").asInt() + careless.get("length").asInt())).isEqualTo("careless");
        assertThat(careless.get("message").asText())
                .isEqualTo("\u201ccareless\u201d is a judgement of a person, not a description of events.");
        assertThat(careless.get("question").asText()).endsWith("?");
        JsonNode shouldHave = findings.get(1);
        assertThat(shouldHave.get("matchedText").asText()).isEqualTo("should have");
        assertThat(shouldHave.get("offset").asInt()).isEqualTo(text.indexOf("should have"));
    }

    @Test
    void blamelessTextHasNoFindings() throws Exception {
        Response response = jira.rest.call(
                () -> resource.lint("{\"text\": \"The alert fired at 09:20 and Kim paged the DBA.\"}"));

        assertThat(json(response).get("findings")).isEmpty();
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        when(jira.authentication.getLoggedInUser()).thenReturn(null);

        Response response = jira.rest.call(() -> resource.lint("{\"text\": \"should have\"}"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(json(response).at("/errors/0/key").asText()).isEqualTo("postmortem.jira.rest.error.loginRequired");
    }

    @Test
    void aMissingTextIsABadRequestNamingTheField() throws Exception {
        Response response = jira.rest.call(() -> resource.lint("{\"txt\": \"typo\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode error = json(response).at("/errors/0");
        assertThat(error.get("field").asText()).isEqualTo("text");
        assertThat(error.get("message").asText()).isEqualTo("Send the text to check as a string field \u201ctext\u201d.");
    }

    @Test
    void malformedJsonIsABadRequestWithoutAStackTrace() throws Exception {
        Response response = jira.rest.call(() -> resource.lint("{\"text\": "));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/errors/0/message").asText()).isEqualTo("The request body is not valid JSON.");
        assertThat((String) response.getEntity()).doesNotContain("Exception");
    }

    @Test
    void overlongTextIsRefusedBeforeChecking() throws Exception {
        String text = "a".repeat(20_001);

        Response response = jira.rest.call(() -> resource.lint("{\"text\": \"" + text + "\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/errors/0/message").asText())
                .isEqualTo("The text is too long to check: 20,001 characters, at most 20,000.");
    }
}
