package dev.postmortem.core.decision;

import dev.postmortem.core.narrative.Problem;
import dev.postmortem.core.soak.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Every key the decision package hands out is in both core bundles, formats with its arguments, and no other. */
class DecisionMessagesTest {

    private static final String PREFIX = "postmortem.decision.";

    @ParameterizedTest
    @ValueSource(strings = {"i18n/postmortem-core.properties", "i18n/postmortem-core_de.properties"})
    void theBundleHasExactlyThePackagesKeys(String bundle) throws IOException {
        Set<String> bundleKeys = load(bundle).stringPropertyNames().stream()
                .filter(key -> key.startsWith(PREFIX)).collect(Collectors.toSet());

        assertThat(bundleKeys).containsExactlyInAnyOrderElementsOf(DecisionMessages.allKeys());
        assertThat(DecisionMessages.allKeys()).doesNotHaveDuplicates();
    }

    @Test
    void everyProblemTheCodeProducesFormatsInEnglishAndGermanWithTheSamePlaceholders() throws IOException {
        Properties english = load("i18n/postmortem-core.properties");
        Properties german = load("i18n/postmortem-core_de.properties");
        List<Problem> problems = new ArrayList<>(DecisionBatch.read(List.of()).problems());
        problems.addAll(DecisionBatch.read(java.util.Collections.nCopies(DecisionBatch.MAX_DECISIONS + 1,
                new DecisionRequest(1, Choice.KEEP, null))).problems());
        problems.addAll(DecisionBatch.read(List.of(new DecisionRequest(1, null, null),
                new DecisionRequest(1, Choice.KEEP, null), new DecisionRequest(2, Choice.DROP, ""),
                new DecisionRequest(3, Choice.DROP, "x".repeat(DropReason.MAX_CHARS + 1)),
                new DecisionRequest(4, Choice.DROP, "\u0000"), new DecisionRequest(5, Choice.DROP, "\uFFFF")))
                .problems());
        Throwable reminder = catchThrowable(() -> new ReminderPolicy(0, WorkingCalendar.mondayToFriday(ZoneOffset.UTC)));
        problems.add(Problem.of("", reminder.getMessage()));

        assertThat(problems.stream().map(Problem::messageKey).collect(Collectors.toSet()))
                .as("this test produces every key").containsExactlyInAnyOrderElementsOf(DecisionMessages.allKeys());
        for (Problem problem : problems) {
            String key = problem.messageKey();
            Object[] args = problem.args().toArray();
            assertThat(placeholders(english.getProperty(key))).as("en %s", key).hasSize(args.length);
            assertThat(placeholders(german.getProperty(key))).as("de %s", key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(args)).doesNotContain("{");
            assertThat(new MessageFormat(german.getProperty(key), Locale.GERMAN).format(args)).doesNotContain("{");
        }
    }

    @Test
    void germanTextIsGerman() throws IOException {
        assertThat(load("i18n/postmortem-core_de.properties").getProperty(DecisionMessages.REASON_REQUIRED))
                .contains("Maßnahme");
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DecisionMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
