package dev.postmortem.verification;

import java.io.IOException;
import java.io.StringReader;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Every message key the plugin uses exists in every locale of its i18n bundles (en, de), and the locales agree.
 *
 * <p>Where keys are found: string constants in our classes that look like a key ({@code postmortem.} followed by
 * dotted words; a constant ending in a dot is a key prefix and needs at least one key under it), keys in Velocity
 * templates and JavaScript ({@code getText("...")} and quoted {@code "postmortem.*"} literals), and the descriptor
 * ({@code i18n-name-key}, the {@code key} of label/description/tooltip elements, and the macro browser keys
 * {@code <plugin key>.<macro>.label/.desc} and {@code .param.<name>.label}).
 *
 * <p>Every text is also checked as the host reads it: Jira runs every text through {@link MessageFormat}, the core
 * returns texts without arguments as written. So a text with arguments must parse and may hold an ASCII apostrophe
 * only doubled (a single one quotes, and so swallows, the text after it); a text without arguments holds none at
 * all (it would show doubled where it is not formatted): both write the typographic ’ instead. A translation formats
 * each argument the same way as English (number, choice, date or plain), so a count stays a count.
 */
public final class I18nCheck {

    /** The locales every bundle must have: the base file is English. */
    public static final List<String> LOCALES = List.of("", "_de");

    private static final Pattern KEY = Pattern.compile("postmortem\\.[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*\\.?");
    /** getText("a.b") in templates and JavaScript: the key is dotted words (so comments like getText('...') are not). */
    private static final Pattern TEMPLATE_GET_TEXT =
            Pattern.compile("getText\\(\\s*[\"']([A-Za-z][\\w\\-]*(?:\\.[\\w\\-]+)+)[\"']");
    private static final Pattern TEMPLATE_LITERAL = Pattern.compile("[\"'](" + KEY.pattern() + ")[\"']");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Set<String> KEYED_ELEMENTS = Set.of("label", "description", "tooltip");

    private I18nCheck() {
    }

    public static List<String> problems(PluginJar jar) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> byLocale = bundles(jar, problems);
        for (Map.Entry<String, String> used : usedKeys(jar).entrySet()) {
            String key = used.getKey();
            for (Map.Entry<String, Map<String, String>> locale : byLocale.entrySet()) {
                boolean present = key.endsWith(".")
                        ? locale.getValue().keySet().stream().anyMatch(k -> k.startsWith(key))
                        : locale.getValue().containsKey(key);
                if (!present) {
                    problems.add("i18n key " + (key.endsWith(".") ? "prefix " : "") + key + " (used in "
                            + used.getValue() + ") is missing from the " + label(locale.getKey()) + " bundle");
                }
            }
        }
        for (Map.Entry<String, Map<String, String>> locale : byLocale.entrySet()) {
            locale.getValue().forEach((key, text) -> {
                String problem = patternProblem(text);
                if (problem != null) {
                    problems.add("i18n key " + key + " (" + label(locale.getKey()) + ") " + problem);
                }
            });
        }
        Map<String, String> base = byLocale.get("");
        for (Map.Entry<String, Map<String, String>> locale : byLocale.entrySet()) {
            if (locale.getKey().isEmpty()) {
                continue;
            }
            for (String key : new TreeSet<>(base.keySet())) {
                String translated = locale.getValue().get(key);
                if (translated == null) {
                    problems.add("i18n key " + key + " has no " + label(locale.getKey()) + " translation");
                } else if (!placeholders(translated).equals(placeholders(base.get(key)))) {
                    problems.add("i18n key " + key + ": " + label(locale.getKey()) + " uses placeholders "
                            + placeholders(translated) + ", English uses " + placeholders(base.get(key)));
                } else if (patternProblem(base.get(key)) == null && patternProblem(translated) == null
                        && !formatKinds(translated).equals(formatKinds(base.get(key)))) {
                    problems.add("i18n key " + key + ": " + label(locale.getKey()) + " formats its arguments as "
                            + formatKinds(translated) + ", English as " + formatKinds(base.get(key)));
                }
            }
            for (String key : new TreeSet<>(locale.getValue().keySet())) {
                if (!base.containsKey(key)) {
                    problems.add("i18n key " + key + " is in the " + label(locale.getKey()) + " bundle but not in English");
                }
            }
        }
        return problems;
    }

    /** Locale suffix to the merged messages of all declared bundles in that locale. */
    static Map<String, Map<String, String>> bundles(PluginJar jar, List<String> problems) {
        Map<String, Map<String, String>> byLocale = new LinkedHashMap<>();
        LOCALES.forEach(l -> byLocale.put(l, new TreeMap<>()));
        List<String> locations = new ArrayList<>();
        for (Element e : Descriptors.elements(jar.descriptor().getDocumentElement())) {
            if ("resource".equals(Descriptors.name(e)) && "i18n".equals(Descriptors.attr(e, "type"))) {
                locations.add(Descriptors.attr(e, "location"));
            }
        }
        if (locations.isEmpty()) {
            problems.add("atlassian-plugin.xml declares no <resource type=\"i18n\">");
        }
        for (String location : locations) {
            for (String locale : LOCALES) {
                String file = location.replace('.', '/') + locale + ".properties";
                String text = jar.text(file).orElse(null);
                if (text == null) {
                    problems.add("i18n bundle " + file + " is missing from the jar");
                    continue;
                }
                Properties p = new Properties();
                try {
                    p.load(new StringReader(text));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add("i18n bundle " + file + " cannot be read: " + e.getMessage());
                    continue;
                }
                p.stringPropertyNames().forEach(k -> byLocale.get(locale).put(k, p.getProperty(k)));
            }
        }
        return byLocale;
    }

    /** Key to where it is used (first place found). */
    static Map<String, String> usedKeys(PluginJar jar) {
        Map<String, String> used = new TreeMap<>();
        for (ClassInfo c : jar.classes().all()) {
            if (!c.name().startsWith("dev.postmortem.")) {
                continue;
            }
            for (String s : c.strings()) {
                if (KEY.matcher(s).matches()) {
                    used.putIfAbsent(s, c.name());
                }
            }
        }
        for (String entry : jar.entryNames()) {
            if (entry.endsWith(".vm") || entry.endsWith(".js") || entry.endsWith(".soy")) {
                String text = jar.text(entry).orElse("");
                collect(TEMPLATE_GET_TEXT.matcher(text), entry, used);
                collect(TEMPLATE_LITERAL.matcher(text), entry, used);
            }
        }
        String pluginKey = Descriptors.pluginKey(jar);
        for (Element e : Descriptors.elements(jar.descriptor().getDocumentElement())) {
            String name = Descriptors.name(e);
            String where = "atlassian-plugin.xml " + Descriptors.where(e);
            String i18nNameKey = Descriptors.attr(e, "i18n-name-key");
            if (i18nNameKey != null && !i18nNameKey.isEmpty()) {
                used.putIfAbsent(i18nNameKey, where);
            }
            String key = Descriptors.attr(e, "key");
            if (KEYED_ELEMENTS.contains(name) && key != null && !key.isEmpty()) {
                used.putIfAbsent(key, where);
            }
            if (("xhtml-macro".equals(name) || "macro".equals(name)) && Descriptors.attr(e, "name") != null) {
                String prefix = pluginKey + "." + Descriptors.attr(e, "name");
                used.putIfAbsent(prefix + ".label", where + " (macro browser)");
                used.putIfAbsent(prefix + ".desc", where + " (macro browser)");
                for (Element parameters : Descriptors.children(e, "parameters")) {
                    for (Element parameter : Descriptors.children(parameters, "parameter")) {
                        used.putIfAbsent(prefix + ".param." + Descriptors.attr(parameter, "name") + ".label",
                                where + " (macro browser)");
                    }
                }
            }
        }
        return used;
    }

    private static void collect(Matcher m, String entry, Map<String, String> used) {
        while (m.find()) {
            used.putIfAbsent(m.group(1), entry);
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> result = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    /** Why the host would show this text wrongly, or null. */
    static String patternProblem(String text) {
        boolean formatted = PLACEHOLDER.matcher(text).find();
        if (!formatted) {
            return text.indexOf('\'') >= 0 ? "has an ASCII apostrophe: write \u2019" : null;
        }
        if (text.replace("''", "").indexOf('\'') >= 0) {
            return "has a single apostrophe, which quotes the rest of the pattern: write \u2019";
        }
        try {
            new MessageFormat(text, Locale.ROOT);
            return null;
        } catch (IllegalArgumentException e) {
            return "is not a valid MessageFormat pattern: " + e.getMessage();
        }
    }

    /** Argument index to how it is formatted: number, choice, date or text. */
    private static Map<Integer, String> formatKinds(String pattern) {
        Map<Integer, String> kinds = new TreeMap<>();
        Format[] formats = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length; i++) {
            Format f = formats[i];
            kinds.put(i, f == null ? "text" : f instanceof ChoiceFormat ? "choice"
                    : f instanceof NumberFormat ? "number" : f instanceof DateFormat ? "date"
                    : f.getClass().getSimpleName());
        }
        return kinds;
    }

    private static String label(String locale) {
        return locale.isEmpty() ? "English" : locale.substring(1);
    }

}
