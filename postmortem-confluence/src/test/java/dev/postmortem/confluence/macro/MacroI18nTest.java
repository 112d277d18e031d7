package dev.postmortem.confluence.macro;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The macro's texts exist in English and German, including the macro browser's, and every pattern formats. */
class MacroI18nTest {

    private static final String MACRO_BROWSER = "dev.postmortem.postmortem-confluence.postmortem-summary.";

    @Test
    void everyMacroKeyUsedInTheCodeExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(postmortem\\.confluence\\.macro\\.[A-Za-z.]+)\"");
        try (var files = Files.list(Path.of("src/main/java/dev/postmortem/confluence/macro"))) {
            for (Path file : files.toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        Properties en = bundle("i18n/postmortem-confluence.properties");
        Properties de = bundle("i18n/postmortem-confluence_de.properties");
        assertThat(en.stringPropertyNames()).containsAll(used);
        assertThat(de.stringPropertyNames()).containsAll(used);
    }

    @Test
    void theMacroBrowserFindsLabelsAndDescriptionsInBothLanguages() throws IOException {
        for (String file : new String[] {"i18n/postmortem-confluence.properties", "i18n/postmortem-confluence_de.properties"}) {
            Properties bundle = bundle(file);
            assertThat(bundle.stringPropertyNames()).as(file).contains(
                    MACRO_BROWSER + "label", MACRO_BROWSER + "desc",
                    MACRO_BROWSER + "param.issueKey.label", MACRO_BROWSER + "param.issueKey.desc",
                    MACRO_BROWSER + "param.server.label", MACRO_BROWSER + "param.server.desc",
                    MACRO_BROWSER + "param.sections.label", MACRO_BROWSER + "param.sections.desc");
        }
    }

    @Test
    void theGermanBundleHasExactlyTheEnglishMacroKeysAndEveryPatternFormats() throws IOException {
        Properties en = bundle("i18n/postmortem-confluence.properties");
        Properties de = bundle("i18n/postmortem-confluence_de.properties");
        Set<String> enKeys = macroKeys(en);
        assertThat(macroKeys(de)).isEqualTo(enKeys);
        for (Properties bundle : new Properties[] {en, de}) {
            for (String key : enKeys) {
                String pattern = bundle.getProperty(key);
                assertThat(pattern).as(key).isNotBlank().doesNotContain("'");
                assertThat(new MessageFormat(pattern).format(new Object[] {7L, 8L, 9L, 10L})).as(key).isNotBlank();
            }
        }
    }

    private static Set<String> macroKeys(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("postmortem.confluence.macro.") || key.startsWith(MACRO_BROWSER)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MacroI18nTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
