package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeMessagesTest {

    private static final String PREFIX = "postmortem.narrative.";

    @ParameterizedTest
    @ValueSource(strings = {"i18n/postmortem-core.properties", "i18n/postmortem-core_de.properties"})
    void everyKeyOfThePackageIsInTheBundle(String bundle) throws IOException {
        Properties messages = load(bundle);

        assertThat(NarrativeMessages.allKeys()).allSatisfy(key ->
                assertThat(messages.getProperty(key)).as("%s in %s", key, bundle).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/postmortem-core.properties", "i18n/postmortem-core_de.properties"})
    void bundleHasNoNarrativeKeyThatTheCodeDoesNotKnow(String bundle) throws IOException {
        Set<String> bundleKeys = load(bundle).stringPropertyNames().stream()
                .filter(key -> key.startsWith(PREFIX))
                .collect(Collectors.toSet());

        assertThat(bundleKeys).containsExactlyInAnyOrderElementsOf(NarrativeMessages.allKeys());
    }

    @Test
    void everyKeyHasThePrefixAndIsListedOnce() {
        List<String> keys = NarrativeMessages.allKeys();

        assertThat(keys).allSatisfy(key -> assertThat(key).startsWith(PREFIX));
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void germanMessagesUseTheSamePlaceholdersAsEnglish() throws IOException {
        Properties english = load("i18n/postmortem-core.properties");
        Properties german = load("i18n/postmortem-core_de.properties");

        for (String key : NarrativeMessages.allKeys()) {
            assertThat(placeholders(german.getProperty(key))).as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyProblemTheCodeProducesHasAKeyThatFormatsWithItsArguments() throws IOException {
        Properties english = load("i18n/postmortem-core.properties");
        Properties german = load("i18n/postmortem-core_de.properties");
        List<Problem> problems = everyKindOfProblem();
        Set<String> producedKeys = problems.stream().map(Problem::messageKey).collect(Collectors.toSet());

        assertThat(NarrativeMessages.allKeys()).containsAll(producedKeys);
        for (Problem problem : problems) {
            Object[] args = problem.args().toArray();
            String en = new MessageFormat(english.getProperty(problem.messageKey()), Locale.ENGLISH).format(args);
            String de = new MessageFormat(german.getProperty(problem.messageKey()), Locale.GERMAN).format(args);
            assertThat(en).as(problem.messageKey()).doesNotContain("{0}", "{1}", "{2}");
            assertThat(de).as(problem.messageKey()).doesNotContain("{0}", "{1}", "{2}");
            assertThat(placeholders(english.getProperty(problem.messageKey())))
                    .as("placeholders of %s", problem.messageKey()).hasSize(problem.args().size());
        }
    }

    @Test
    void germanTextIsRealGerman() throws IOException {
        Properties german = load("i18n/postmortem-core_de.properties");

        assertThat(german.getProperty(NarrativeMessages.JSON_MALFORMED)).contains("Nähe");
        assertThat(german.getProperty(NarrativeMessages.failureClassLabel(FailureClass.EXTERNAL_DEPENDENCY)))
                .isEqualTo("Externe Abhängigkeit");
    }

    /** Produces each problem key the codec and validator know, so the check above covers what code emits. */
    private static List<Problem> everyKindOfProblem() {
        Instant t0 = Instant.parse("2026-11-24T09:00:00Z");
        List<Problem> problems = new ArrayList<>();
        problems.addAll(NarrativeJson.parse("").problems());
        problems.addAll(NarrativeJson.parse("{").problems());
        problems.addAll(NarrativeJson.parse("x".repeat(NarrativeLimits.MAX_INPUT_JSON_CHARS + 1)).problems());
        problems.addAll(NarrativeJson.parse("[]").problems());
        problems.addAll(NarrativeJson.parse("{\"version\":0}").problems());
        problems.addAll(NarrativeJson.parse("{\"version\":2}").problems());
        problems.addAll(NarrativeJson.parse("{\"impact\":{\"start\":\"+10000-01-01T00:00:00Z\"}}").problems());
        problems.addAll(NarrativeJson.parse("{\"summary\":1,\"timeline\":{},\"impact\":{\"start\":\"x\"},"
                + "\"accounts\":[1],\"failureClass\":\"X\"}").problems());
        List<PersonalAccount> tooManyAccounts = new ArrayList<>();
        for (int i = 0; i <= NarrativeLimits.MAX_ACCOUNTS; i++) {
            tooManyAccounts.add(NarrativeFixtures.account("u" + i, "", "why"));
        }
        tooManyAccounts.add(NarrativeFixtures.account("", "", ""));
        tooManyAccounts.add(NarrativeFixtures.account("u1", "", "why"));
        problems.addAll(NarrativeValidator.validate(new Narrative(
                "x".repeat(NarrativeLimits.MAX_TEXT_CHARS + 1) + "\u0001",
                new Impact(t0, t0.minusSeconds(1), t0.minusSeconds(1), "", ""),
                java.util.Collections.nCopies(NarrativeLimits.MAX_TIMELINE_ENTRIES + 1, new TimelineEntry(null, "")),
                tooManyAccounts,
                java.util.Collections.nCopies(NarrativeLimits.MAX_CONTRIBUTING_FACTORS + 1, ""),
                "y".repeat(NarrativeLimits.MAX_JSON_CHARS) + "\uFFFF", null)));
        Set<String> expectedProblemKeys = new HashSet<>(NarrativeMessages.allKeys());
        expectedProblemKeys.removeIf(key -> key.startsWith(PREFIX + "followUp.")
                || key.startsWith(PREFIX + "failureClass."));
        assertThat(problems.stream().map(Problem::messageKey).collect(Collectors.toSet()))
                .as("this test produces every problem key").isEqualTo(expectedProblemKeys);
        return problems;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new HashSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NarrativeMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
