package dev.postmortem.core.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.summary.SummaryFormatException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SummaryJsonTest {

    private static final ObjectMapper TREE = new ObjectMapper();

    @Test
    void readsEveryFieldOfTheFullFixture() throws Exception {
        DebriefSummary summary = SummaryJson.read(SummaryFixtures.json(SummaryFixtures.FULL));

        assertThat(summary.contractVersion()).isEqualTo(1);
        assertThat(summary.issueKey()).isEqualTo("INC-42");
        assertThat(summary.title()).isEqualTo("Checkout-Ausfall: Zahlungsdienst überlastet 💳");
        assertThat(summary.statusName()).isEqualTo("In Nachbesprechung");
        assertThat(summary.issueUrl()).isEqualTo("https://jira.example.com/browse/INC-42");
        assertThat(summary.debriefHeldAt()).isEqualTo(Instant.parse("2026-11-20T14:00:00Z"));
        assertThat(summary.soakEndsAt()).isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
        assertThat(summary.failureClass()).isEqualTo(FailureClass.CONTROLLABLE);
        assertThat(summary.followUpExpectationKey()).isEqualTo("postmortem.narrative.followUp.controllable");
        assertThat(summary.whatHappened()).contains("\n\nCheckout failed");
        assertThat(summary.impact()).isEqualTo(new SummaryImpact(Instant.parse("2026-11-19T09:12:00Z"),
                Instant.parse("2026-11-19T09:59:30Z"), Instant.parse("2026-11-19T09:20:00Z"), "SEV2",
                "About 3 400 checkouts failed; customers in Österreich and Schweiz saw error pages."));
        assertThat(summary.timeline()).hasSize(4);
        assertThat(summary.timeline().get(2).author()).isNull();
        assertThat(summary.timeline().get(3).author()).isEqualTo("Zoë O'Brien");
        assertThat(summary.accounts()).extracting(SummaryAccount::displayName)
                .containsExactly("Jürgen Weiß", "Zoë O'Brien", "Øyvind Ærøsund");
        assertThat(summary.accounts().get(1).sawAndKnew()).contains("\n");
        assertThat(summary.contributingFactors()).hasSize(2);
        assertThat(summary.learnings()).hasSize(2);
        assertThat(summary.actions()).extracting(SummaryAction::state).containsExactly(
                ActionState.PROPOSED, ActionState.COMMITTED, ActionState.NOT_DOING, ActionState.DONE);
        assertThat(summary.actions().get(2).notDoingReason()).startsWith("Staging shares");
        assertThat(summary.actions().get(0).notDoingReasonIfGiven()).isEmpty();
        assertThat(summary.proportionality()).isEqualTo(new SummaryProportionality(1, 1, false,
                "postmortem.actions.proportionality.ok", List.of("2", "48", "5")));
        assertThat(summary.generatedAt()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
    }

    @Test
    void minimalFixtureLeavesOptionalPartsEmpty() throws Exception {
        DebriefSummary summary = SummaryJson.read(SummaryFixtures.json(SummaryFixtures.MINIMAL));

        assertThat(summary.debriefHeldAtIfKnown()).isEmpty();
        assertThat(summary.soakEndsAtIfKnown()).isEmpty();
        assertThat(summary.failureClassIfKnown()).isEmpty();
        assertThat(summary.impactIfKnown()).isEmpty();
        assertThat(summary.proportionalityIfKnown()).isEmpty();
        assertThat(summary.followUpExpectationKey()).isNull();
        assertThat(summary.whatHappened()).isEmpty();
        assertThat(summary.timeline()).isEmpty();
        assertThat(summary.accounts()).isEmpty();
        assertThat(summary.contributingFactors()).isEmpty();
        assertThat(summary.learnings()).isEmpty();
        assertThat(summary.actions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SummaryFixtures.FULL, SummaryFixtures.MINIMAL})
    void roundTripsExactly(String fixture) throws Exception {
        String json = SummaryFixtures.json(fixture);
        DebriefSummary read = SummaryJson.read(json);

        String written = SummaryJson.write(read);

        assertThat(SummaryJson.read(written)).isEqualTo(read);
        assertThat(SummaryJson.write(SummaryJson.read(written))).isEqualTo(written);
        // Nothing added, nothing lost against the hand-written fixture, field by field.
        assertThat(TREE.readTree(written)).isEqualTo(withoutEmptyArrays(TREE.readTree(json), TREE.readTree(written)));
    }

    @Test
    void writesTheCurrentVersionAndIsoInstants() throws Exception {
        JsonNode tree = TREE.readTree(SummaryJson.write(SummaryFixtures.summary(SummaryFixtures.FULL)));

        assertThat(tree.get("version").intValue()).isEqualTo(DebriefSummary.CONTRACT_VERSION);
        assertThat(tree.get("generatedAt").textValue()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(tree.get("actions").get(2).get("state").textValue()).isEqualTo("NOT_DOING");
    }

    @Test
    void omitsAbsentOptionalValues() throws Exception {
        JsonNode tree = TREE.readTree(SummaryJson.write(SummaryFixtures.summary(SummaryFixtures.MINIMAL)));

        assertThat(tree.has("debriefHeldAt")).isFalse();
        assertThat(tree.has("impact")).isFalse();
        assertThat(tree.has("failureClass")).isFalse();
        assertThat(tree.get("actions").isArray()).isTrue();
    }

    @Test
    void newerVersionIsAClearError() {
        SummaryFormatException e = readFails(SummaryFixtures.json(SummaryFixtures.NEWER));

        assertThat(e.kind()).isEqualTo(Kind.NEWER_VERSION);
        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.newerVersion");
        assertThat(e.args()).containsExactly(2, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "2.0", "99999999999", "1e3", "123456789012345678901234567890"})
    void numericallyNewerVersionThatIsNotASmallIntegerIsNewerNotTheWrongType(String version) {
        SummaryFormatException e = readFails(replace("\"version\": 1,", "\"version\": " + version + ","));

        assertThat(e.kind()).isEqualTo(Kind.NEWER_VERSION);
        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.newerVersion");
        assertThat(e.args()).hasSize(2).endsWith(1);
        assertThat(CoreMessages.forLocale(java.util.Locale.ENGLISH).format(e.messageKey(), e.args().toArray()))
                .contains("format version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "-3", "-99999999999"})
    void numericallyOlderVersionIsOlder(String version) {
        SummaryFormatException e = readFails(replace("\"version\": 1,", "\"version\": " + version + ","));

        assertThat(e.kind()).isEqualTo(Kind.OLDER_VERSION);
        assertThat(CoreMessages.forLocale(java.util.Locale.GERMAN).format(e.messageKey(), e.args().toArray()))
                .contains("Formatversion");
    }

    @Test
    void versionOnePointZeroIsVersionOne() throws Exception {
        assertThat(SummaryJson.read(replace("\"version\": 1,", "\"version\": 1.0,")).contractVersion()).isEqualTo(1);
    }

    @Test
    void olderVersionIsAClearError() {
        SummaryFormatException e = readFails(SummaryFixtures.json(SummaryFixtures.OLDER));

        assertThat(e.kind()).isEqualTo(Kind.OLDER_VERSION);
        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.olderVersion");
        assertThat(e.args()).containsExactly(0, 1);
    }

    @Test
    void malformedJsonNamesWhereItBroke() {
        SummaryFormatException e = readFails(SummaryFixtures.json(SummaryFixtures.MALFORMED));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.notJson");
        assertThat((Integer) e.args().get(0)).isGreaterThanOrEqualTo(4);
        assertThat(e.getCause()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[]", "\"text\"", "42", "{\"version\":1} trailing", "{\"version\":1,\"version\":1}"})
    void notASummaryDocumentIsMalformed(String json) {
        SummaryFormatException e = readFails(json);

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void readsADocumentOfExactlyTheMaximumSize() throws Exception {
        String json = padded(SummaryFixtures.json(SummaryFixtures.FULL), SummaryJson.MAX_INPUT_JSON_CHARS);

        assertThat(json).hasSize(SummaryJson.MAX_INPUT_JSON_CHARS);
        assertThat(SummaryJson.read(json).issueKey()).isEqualTo("INC-42");
    }

    @Test
    void refusesADocumentOverTheMaximumSizeWithATranslatedError() {
        SummaryFormatException e = readFails(
                padded(SummaryFixtures.json(SummaryFixtures.FULL), SummaryJson.MAX_INPUT_JSON_CHARS + 1));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.tooLarge");
        assertThat(e.args()).containsExactly(SummaryJson.MAX_INPUT_JSON_CHARS);
        assertThat(SummaryJson.MAX_INPUT_JSON_CHARS).isEqualTo(2 * 1024 * 1024);
    }

    @Test
    void refusesOverSizeInputBeforeParsingIt() {
        SummaryFormatException e = readFails("[".repeat(SummaryJson.MAX_INPUT_JSON_CHARS + 1));

        assertThat(e.messageKey()).as("refused for its size, not for what the parser found")
                .isEqualTo("postmortem.summary.error.tooLarge");
        assertThat(e.getCause()).isNull();
        assertThat(SummaryJson.tooLarge().messageKey()).isEqualTo(e.messageKey());
        assertThat(SummaryJson.tooLarge().args()).isEqualTo(e.args());
    }

    @Test
    void nullInputIsMalformed() {
        assertThat(readFails(null).kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void missingVersionIsMalformedNotGuessed() {
        SummaryFormatException e = readFails(replace("\"version\": 1,", ""));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.missingVersion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "\"2\"", "true", "[2]", "{}"})
    void versionThatIsNotANumberIsMalformed(String version) {
        SummaryFormatException e = readFails(replace("\"version\": 1,", "\"version\": " + version + ","));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.wrongType");
        assertThat(e.args()).containsExactly("version");
    }

    @Test
    void missingRequiredFieldNamesItsPath() {
        SummaryFormatException e = readFails(replace("\"issueKey\": \"INC-42\",", ""));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.missingField");
        assertThat(e.args()).containsExactly("issueKey");
    }

    @Test
    void missingFieldInsideAListNamesTheElement() {
        SummaryFormatException e = readFails(replace("\"displayName\": \"Øyvind Ærøsund\",", ""));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.missingField");
        assertThat(e.args()).containsExactly("accounts[2].displayName");
    }

    @Test
    void wrongTypeNamesItsPath() {
        SummaryFormatException e = readFails(replace("\"heavy\": false", "\"heavy\": \"no\""));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.wrongType");
        assertThat(e.args()).containsExactly("proportionality.heavy");
    }

    @Test
    void invalidInstantNamesPathAndValue() {
        SummaryFormatException e = readFails(replace("\"2026-11-19T09:41:00Z\"", "\"yesterday\""));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.invalidTime");
        assertThat(e.args()).containsExactly("timeline[2].at", "yesterday");
    }

    @Test
    void unknownStateIsMalformed() {
        SummaryFormatException e = readFails(replace("\"state\": \"DONE\"", "\"state\": \"ABANDONED\""));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.unknownValue");
        assertThat(e.args()).containsExactly("actions[3].state", "ABANDONED");
    }

    @Test
    void missingStateIsMalformed() {
        SummaryFormatException e = readFails(replace("\"state\": \"DONE\",", ""));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.missingField");
        assertThat(e.args()).containsExactly("actions[3].state");
    }

    @Test
    void unknownFailureClassIsMalformed() {
        SummaryFormatException e = readFails(replace("\"CONTROLLABLE\"", "\"COSMIC_RAY\""));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.unknownValue");
        assertThat(e.args()).containsExactly("failureClass", "COSMIC_RAY");
    }

    @Test
    void negativeCountIsMalformed() {
        SummaryFormatException e = readFails(replace("\"proposedCount\": 1", "\"proposedCount\": -3"));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.invalidValue");
        assertThat(e.args()).containsExactly("proportionality.proposedCount", "-3");
    }

    @Test
    void nullListElementIsMalformed() {
        SummaryFormatException e = readFails(replace("\"contributingFactors\": [", "\"contributingFactors\": [null, "));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.missingField");
        assertThat(e.args()).containsExactly("contributingFactors[0]");
    }

    @Test
    void listThatIsNotAListIsMalformed() {
        SummaryFormatException e = readFails(replace("\"learnings\": [", "\"learnings\": {\"a\": [").replace(
                "schema step.\"\n  ]", "schema step.\"\n  ]}"));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.wrongType");
        assertThat(e.args()).containsExactly("learnings");
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        String json = replace("\"issueKey\": \"INC-42\",",
                "\"issueKey\": \"INC-42\", \"addedInV1_3\": {\"deep\": [1, 2]}, \"note\": null,")
                .replace("\"state\": \"DONE\",", "\"state\": \"DONE\", \"priority\": \"High\",");

        assertThat(SummaryJson.read(json)).isEqualTo(SummaryFixtures.summary(SummaryFixtures.FULL));
    }

    @Test
    void explicitNullsReadAsAbsent() throws Exception {
        String json = replace("\"severity\": \"SEV2\",", "\"severity\": null,");

        assertThat(SummaryJson.read(json).impact().severity()).isNull();
    }

    @Test
    void errorsCarryKeysNotEnglish() {
        SummaryFormatException e = readFails(SummaryFixtures.json(SummaryFixtures.MALFORMED));

        assertThat(e.messageKey()).startsWith("postmortem.summary.error.").doesNotContain(" ");
    }

    private static String replace(String target, String replacement) {
        String json = SummaryFixtures.json(SummaryFixtures.FULL);
        assertThat(json).contains(target);
        return json.replace(target, replacement);
    }

    /** The document followed by spaces (insignificant JSON whitespace) up to {@code length} characters. */
    private static String padded(String json, int length) {
        return json + " ".repeat(length - json.length());
    }

    private static SummaryFormatException readFails(String json) {
        SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class, () -> SummaryJson.read(json));
        assertThat(e).as("reading should fail: %s", json).isNotNull();
        return e;
    }

    /** The writer always writes list fields and the what-happened text; a fixture may leave empty ones out. */
    private static JsonNode withoutEmptyArrays(JsonNode fixture, JsonNode written) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = fixture.deepCopy();
        written.fieldNames().forEachRemaining(name -> {
            JsonNode value = written.get(name);
            if (!copy.has(name) && (value.isArray() || value.isTextual()) && value.asText("").isEmpty()
                    && value.isEmpty()) {
                copy.set(name, value);
            }
        });
        return copy;
    }
}
