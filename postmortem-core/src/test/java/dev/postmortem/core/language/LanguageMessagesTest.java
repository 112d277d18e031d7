package dev.postmortem.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static java.util.List<BlameRule> allRules() {
        BlamelessLanguageCheck check = BlamelessLanguageCheck.defaults();
        java.util.List<BlameRule> rules = new java.util.ArrayList<>(check.rules(Locale.ENGLISH).rules());
        rules.addAll(check.rules(Locale.GERMAN).rules());
        return rules;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postmortem-core", "postmortem-core_de"})
    void everyRuleMessageAndQuestionExistsAndFormats(String bundleName) throws IOException {
        Properties bundle = bundle(bundleName);
        for (BlameRule rule : allRules()) {
            for (String key : new String[] {rule.messageKey(), rule.questionKey()}) {
                String pattern = bundle.getProperty(key);
                assertThat(pattern).as(bundleName + ": " + key).isNotBlank();
                String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"should have"});
                assertThat(formatted).doesNotContain("{0}");
            }
            assertThat(new MessageFormat(bundle.getProperty(rule.messageKey()), Locale.ROOT)
                    .format(new Object[] {"XYZ"})).as(rule.messageKey()).contains("XYZ");
        }
    }
}
