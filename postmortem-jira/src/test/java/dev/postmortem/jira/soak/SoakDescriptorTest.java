package dev.postmortem.jira.soak;

import dev.postmortem.jira.narrative.VelocityAllowlist;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak feature's resources agree with its classes: the velocity allowlist lists exactly the getters the soak
 * templates call (a missing entry silently renders nothing on Jira 10+), and every soak message key exists in the
 * English and the German bundle.
 */
class SoakDescriptorTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java/dev/postmortem/jira/soak");
    private static final Map<String, Map<String, Class<?>>> TEMPLATE_TYPES = Map.of(
            "templates/jira/workflow/soak-gate-input.vm", Map.of("soak", SoakConfigView.class, "option", LinkTypeOption.class),
            "templates/jira/workflow/soak-gate-view.vm", Map.of("soak", SoakConfigView.class),
            "templates/jira/soak/soak-panel.vm", Map.of("soak", SoakStatusView.class));
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)");
    private static final Pattern SOAK_KEY = Pattern.compile("(?<!dev\\.)postmortem\\.jira\\.soak\\.[a-z][A-Za-z0-9.]*[A-Za-z0-9]");

    @Test
    void theAllowlistListsExactlyTheGettersTheTemplatesCall() throws Exception {
        Set<String> called = new TreeSet<>();
        for (Map.Entry<String, Map<String, Class<?>>> template : TEMPLATE_TYPES.entrySet()) {
            Matcher m = REFERENCE.matcher(Files.readString(RESOURCES.resolve(template.getKey())));
            while (m.find()) {
                Class<?> type = template.getValue().get(m.group(1));
                if (type != null) {
                    called.add(type.getName() + "#" + getter(type, m.group(2)) + "()");
                }
            }
        }

        assertThat(allowlist()).isEqualTo(called);
    }

    @Test
    void everyAllowlistedMethodIsAPublicNoArgumentMethodOfAnImmutableView() throws Exception {
        for (String entry : allowlist()) {
            String[] parts = entry.replace("()", "").split("#");
            Class<?> type = Class.forName(parts[0]);
            assertThat(Modifier.isFinal(type.getModifiers())).as(type.getName()).isTrue();
            assertThat(Modifier.isPublic(type.getMethod(parts[1]).getModifiers())).as(entry).isTrue();
        }
    }

    @Test
    void everySoakKeyUsedExistsInEnglishAndGerman() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(SOURCES),
                Stream.of(RESOURCES.resolve("atlassian-plugin.xml"), RESOURCES.resolve("templates/jira/soak/soak-panel.vm"),
                        RESOURCES.resolve("templates/jira/workflow/soak-gate-input.vm"),
                        RESOURCES.resolve("templates/jira/workflow/soak-gate-view.vm")))) {
            for (Path file : files.toList()) {
                Matcher m = SOAK_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group());
                }
            }
        }
        Properties english = bundle("i18n/postmortem-jira.properties");
        Properties german = bundle("i18n/postmortem-jira_de.properties");

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(english.stringPropertyNames()).containsAll(used);
        assertThat(german.stringPropertyNames()).containsAll(used);
        assertThat(soakKeys(german)).isEqualTo(soakKeys(english));
    }

    private static Set<String> allowlist() throws Exception {
        return VelocityAllowlist.methods("soak-velocity-allowlist");
    }

    private static String getter(Class<?> type, String property) throws NoSuchMethodException {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String name : new String[] {"get" + suffix, "is" + suffix, property}) {
            try {
                return type.getMethod(name).getName();
            } catch (NoSuchMethodException e) {
                // try the next accessor form
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + property);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(name));
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> soakKeys(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith("postmortem.jira.soak.")).forEach(keys::add);
        return keys;
    }
}
