package dev.postmortem.jira.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.narrative.PersonalAccount;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saving personal accounts through the REST resource, as the REST stack calls it (errors through its mapper): only
 * the participant or the owner may save, the owner's correction is recorded, and two saves at once keep both.
 */
class AccountResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccountFixture f = new AccountFixture();
    private final AccountResource resource = f.resource(true);

    private Response save(String participantKey, String body) {
        return f.jira.rest.call(() -> resource.save("PM-60", participantKey, body));
    }

    private static String account(String saw, String did, String why, String helped) {
        return "{\"role\":\"On call\",\"whatTheySawAndKnew\":\"" + saw + "\",\"whatTheyDid\":\"" + did
                + "\",\"whyItMadeSense\":\"" + why + "\",\"whatWouldHaveHelped\":\"" + helped + "\"}";
    }

    private static JsonNode body(Response response) throws Exception {
        return JSON.readTree((String) response.getEntity());
    }

    @Test
    void aParticipantSavesTheirOwnAccountRecordedAsTheirs() throws Exception {
        f.loggedIn(f.ana);

        Response response = save("JIRAUSER1", account("A green dashboard.", "Waited.", "The runbook said so.",
                "An alert on the queue."));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response).get("written").asInt()).isEqualTo(1);
        assertThat(body(response).get("total").asInt()).isEqualTo(2);
        PersonalAccount saved = f.narrative().account("JIRAUSER1").orElseThrow();
        assertThat(saved.whatWouldHaveHelped()).isEqualTo("An alert on the queue.");
        assertThat(saved.lastEditedByUserKey()).isEqualTo("JIRAUSER1");
        assertThat(saved.lastEditedAt()).isEqualTo(AccountFixture.NOW);
        assertThat(saved.isLastEditedByOther()).isFalse();
        assertThat(f.narrative().account("JIRAUSER2").orElseThrow().isWritten()).isFalse();
    }

    @Test
    void anotherParticipantGetsATranslated403AndNothingChanges() throws Exception {
        f.loggedIn(f.bo);
        String before = f.stored.get();

        Response response = save("JIRAUSER1", account("saw", "did", "why", ""));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response).at("/errors/0/message").asText())
                .isEqualTo("Only the participant can write this account; the postmortem’s owner may correct it.");
        assertThat(f.stored.get()).isEqualTo(before);
    }

    @Test
    void aReaderWhoIsNoParticipantMayNotWriteAnyAccount() {
        f.loggedIn(f.rita);

        assertThat(save("JIRAUSER1", account("saw", "did", "why", "")).getStatus()).isEqualTo(403);
        assertThat(save("JIRAUSER7", account("saw", "did", "why", "")).getStatus()).isEqualTo(404);
    }

    @Test
    void theOwnerCorrectsAnAccountAndTheCorrectionIsRecorded() {
        f.loggedIn(f.ana);
        save("JIRAUSER1", account("saw", "did", "wyh", ""));
        f.loggedIn(f.olli);
        f.clock.advance(Duration.ofHours(1));

        Response response = save("JIRAUSER1", account("saw", "did", "why", ""));

        assertThat(response.getStatus()).isEqualTo(200);
        PersonalAccount corrected = f.narrative().account("JIRAUSER1").orElseThrow();
        assertThat(corrected.whyItMadeSense()).isEqualTo("why");
        assertThat(corrected.lastEditedByUserKey()).isEqualTo("JIRAUSER9");
        assertThat(corrected.lastEditedAt()).isEqualTo(AccountFixture.NOW.plus(Duration.ofHours(1)));
        assertThat(corrected.isLastEditedByOther()).isTrue();
        assertThat(corrected.participantDisplayName()).isEqualTo("Ana Berg");
    }

    @Test
    void aWrittenAccountWithoutWhyIsRefusedWithItsProblemAndNothingIsStored() throws Exception {
        f.loggedIn(f.ana);
        String before = f.stored.get();

        Response response = save("JIRAUSER1", account("saw", "did", "", ""));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/field").asText()).isEqualTo("accounts[0].whyItMadeSense");
        assertThat(f.stored.get()).isEqualTo(before);
    }

    @Test
    void aFieldOfTheWrongTypeIsA400NamingIt() throws Exception {
        f.loggedIn(f.ana);

        Response response = save("JIRAUSER1", "{\"whyItMadeSense\": 42}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).at("/errors/0/field").asText()).isEqualTo("whyItMadeSense");
    }

    @Test
    void anAnonymousCallerIsAskedToLogIn() {
        f.loggedIn(null);

        assertThat(save("JIRAUSER1", account("saw", "did", "why", "")).getStatus()).isEqualTo(401);
    }

    @Test
    void twoParticipantsSavingAtOnceKeepBothAccounts() throws Exception {
        f.writeDelay = Duration.ofMillis(30);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> saves = new ArrayList<>();
            // Each thread saves as its own user; the logged-in user of the context is per call here.
            saves.add(() -> f.narratives.change(f.ana, 60L, n -> n.withAccount(n.account("JIRAUSER1").orElseThrow()
                    .answeredBy("", "", "saw A", "did A", "why A", "", "JIRAUSER1", AccountFixture.NOW)))
                    .accounts().size());
            saves.add(() -> f.narratives.change(f.bo, 60L, n -> n.withAccount(n.account("JIRAUSER2").orElseThrow()
                    .answeredBy("", "", "saw B", "did B", "why B", "", "JIRAUSER2", AccountFixture.NOW)))
                    .accounts().size());
            for (Future<Integer> done : pool.invokeAll(saves)) {
                assertThat(done.get()).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(f.narrative().account("JIRAUSER1").orElseThrow().whyItMadeSense()).isEqualTo("why A");
        assertThat(f.narrative().account("JIRAUSER2").orElseThrow().whyItMadeSense()).isEqualTo("why B");
        assertThat(f.narrative().writtenAccounts()).isEqualTo(2);
        assertThat(f.locks.namesAskedFor()).containsOnly(NarrativeUpdates.LOCK_PREFIX + "60");
    }

    @Test
    void theStatusSaysWhoHasWrittenAndWhoHasNot() throws Exception {
        f.loggedIn(f.ana);
        save("JIRAUSER1", account("saw", "did", "why", ""));
        f.loggedIn(f.rita);

        JsonNode status = body(f.jira.rest.call(() -> resource.read("PM-60")));

        assertThat(status.get("written").asInt()).isEqualTo(1);
        assertThat(status.get("total").asInt()).isEqualTo(2);
        assertThat(status.at("/participants/0/written").asBoolean()).isTrue();
        assertThat(status.at("/participants/1/written").asBoolean()).isFalse();
        assertThat(status.at("/participants/0/whatTheySawAndKnew").isMissingNode()).isTrue();
    }

    @Test
    void onlyTheOwnerAsksAndASecondClickSendsNothingTwice() throws Exception {
        f.loggedIn(f.ana);
        assertThat(f.jira.rest.call(() -> resource.ask("PM-60", "{\"occasion\": " + f.clock.millis() + "}"))
                .getStatus()).isEqualTo(403);
        f.loggedIn(f.olli);
        String request = "{\"occasion\": " + f.clock.millis() + "}";

        JsonNode first = body(f.jira.rest.call(() -> resource.ask("PM-60", request)));
        JsonNode second = body(f.jira.rest.call(() -> resource.ask("PM-60", request)));

        assertThat(first.get("sent")).hasSize(2);
        assertThat(second.get("sent")).isEmpty();
        assertThat(second.get("alreadySent")).hasSize(2);
        assertThat(f.mail.recipients()).containsExactlyInAnyOrder("JIRAUSER1", "JIRAUSER2");
    }

    @Test
    void anOutdatedOfferToAskIsRefused() {
        f.loggedIn(f.olli);

        Response response = f.jira.rest.call(() -> resource.ask("PM-60",
                "{\"occasion\": " + (f.clock.millis() - Duration.ofDays(2).toMillis()) + "}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(f.mail.queued).isEmpty();
    }
}
