package dev.postmortem.core.summary;

import dev.postmortem.core.actions.ActionState;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.narrative.FollowUpExpectation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key the summary uses exists in English and German. Bundles are read as files, not through
 * ResourceBundle, so a German gap cannot hide behind the English parent.
 */
class SummaryI18nTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$text\\.(?:get|format)\\(\\s*\"([^\"]+)\"");
    private static final Pattern ANY_TEXT_CALL = Pattern.compile("\\$\\{?text\\.");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(postmortem\\.summary\\.[a-zA-Z.]*[a-zA-Z])\"");
    private static final Pattern ERROR_KEY = Pattern.compile("P \\+ \"([a-zA-Z]+)\"");

    private final Properties english = bundle("i18n/postmortem-core.properties");
    private final Properties german = bundle("i18n/postmortem-core_de.properties");

    @Test
    void everyKeyTheTemplateUsesExistsInBothLanguages() {
        String template = SummaryFixtures.resource(SummaryRenderer.TEMPLATE);
        Set<String> keys = matches(TEMPLATE_KEY, template);

        assertThat(keys).as("the key pattern still finds the template's texts").hasSizeGreaterThan(25);
        assertThat(count(ANY_TEXT_CALL, template)).as("every $text call has a literal key").isEqualTo(count(TEMPLATE_KEY, template));
        assertPresentInBoth(keys);
    }

    @Test
    void everyKeyTheJavaCodeNamesExistsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String source : new String[] {"SummaryView.java", "SummaryJson.java"}) {
            String code = javaSource(source);
            keys.addAll(matches(JAVA_KEY, code));
            matches(ERROR_KEY, code).forEach(name -> keys.add("postmortem.summary.error." + name));
        }
        for (ActionState state : ActionState.values()) {
            keys.add(SummaryView.stateKey(state));
        }
        for (String state : new String[] {"waiting", "unknown", "soaking", "ended", "overridden"}) {
            keys.add("postmortem.summary.soak.state." + state);
            keys.add("postmortem.summary.soak." + state.replace("overridden", "ended"));
        }
        for (SummarySection section : SummarySection.values()) {
            keys.add(section == SummarySection.WHAT_HAPPENED ? "postmortem.summary.section.whatHappened"
                    : "postmortem.summary.section." + section.parameterName());
        }
        for (FailureClass failureClass : FailureClass.values()) {
            keys.add(SummaryView.failureClassKey(failureClass));
            keys.add(FollowUpExpectation.of(failureClass).messageKey());
        }

        assertThat(keys).contains("postmortem.summary.error.newerVersion", "postmortem.summary.empty.sections",
                "postmortem.summary.action.state.notDoing", "postmortem.summary.failureClass.externalDependency");
        assertPresentInBoth(keys);
    }

    @Test
    void summaryKeysAreTheSameInBothLanguages() {
        assertThat(prefixed(german)).isEqualTo(prefixed(english));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void patternsParse(String language) {
        Properties bundle = language.equals("de") ? german : english;
        Locale locale = Locale.forLanguageTag(language);
        for (String key : prefixed(bundle)) {
            String value = bundle.getProperty(key);
            assertThat(new MessageFormat(value, locale).toPattern()).as(key).isNotNull();
            assertThat(value).as(key).isNotBlank().doesNotContain("\uFFFD");
        }
    }

    @Test
    void germanIsGermanNotACopy() {
        long identical = prefixed(english).stream()
                .filter(key -> english.getProperty(key).equals(german.getProperty(key))).count();

        assertThat(identical).as("untranslated keys").isLessThan(8);
        assertThat(german.getProperty("postmortem.summary.section.actions")).isEqualTo("Folgemaßnahmen");
    }

    private void assertPresentInBoth(Set<String> keys) {
        for (String key : keys) {
            assertThat(english.getProperty(key)).as("en: %s", key).isNotBlank();
            assertThat(german.getProperty(key)).as("de: %s", key).isNotBlank();
        }
    }

    private static Set<String> prefixed(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("postmortem.summary.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static int count(Pattern pattern, String text) {
        int count = 0;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String javaSource(String file) throws IOException {
        return java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/dev/postmortem/core/summary", file), StandardCharsets.UTF_8);
    }

    private static Properties bundle(String path) {
        Properties properties = new Properties();
        try (InputStream in = SummaryI18nTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }
}
