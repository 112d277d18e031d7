package dev.postmortem.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses OSGi manifest headers such as Import-Package: clauses of paths with attributes and directives. */
public final class OsgiHeader {

    /** One clause: {@code a.b;c.d;version="[1,2)";resolution:=optional}. */
    public record Clause(List<String> paths, Map<String, String> attributes, Map<String, String> directives) {

        public boolean isOptional() {
            return "optional".equals(directives.get("resolution"));
        }
    }

    private OsgiHeader() {
    }

    public static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> paths = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                String p = part.trim();
                int directive = p.indexOf(":=");
                int attribute = p.indexOf('=');
                if (directive > 0 && directive < attribute + 1) {
                    directives.put(p.substring(0, directive).trim(), unquote(p.substring(directive + 2)));
                } else if (attribute > 0) {
                    attributes.put(p.substring(0, attribute).trim(), unquote(p.substring(attribute + 1)));
                } else if (!p.isEmpty()) {
                    paths.add(p);
                }
            }
            clauses.add(new Clause(List.copyOf(paths), Map.copyOf(attributes), Map.copyOf(directives)));
        }
        return clauses;
    }

    /** Package name to its clause, one entry per path. */
    public static Map<String, Clause> byPackage(String header) {
        Map<String, Clause> result = new LinkedHashMap<>();
        for (Clause c : parse(header)) {
            c.paths().forEach(p -> result.put(p, c));
        }
        return result;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char ch : text.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
