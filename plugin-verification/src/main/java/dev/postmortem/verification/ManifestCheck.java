package dev.postmortem.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The headers that make the jar an installable transformerless plugin bundle. */
public final class ManifestCheck {

    private ManifestCheck() {
    }

    public static List<String> problems(PluginJar jar) {
        List<String> problems = new ArrayList<>();
        String pluginKey = Descriptors.pluginKey(jar);
        expect(jar, problems, "Bundle-ManifestVersion", "2");
        expect(jar, problems, "Bundle-SymbolicName", pluginKey);
        expect(jar, problems, "Atlassian-Plugin-Key", pluginKey);
        expect(jar, problems, "Spring-Context", "*");
        for (String required : List.of("Bundle-Version", "Bundle-Name", "Import-Package")) {
            if (jar.header(required).filter(v -> !v.isBlank()).isEmpty()) {
                problems.add("Manifest header " + required + " is missing");
            }
        }
        if (pluginKey.isBlank() || pluginKey.contains("${")) {
            problems.add("atlassian-plugin.xml has no resolved plugin key: '" + pluginKey + "'");
        }
        Map<String, OsgiHeader.Clause> imports = OsgiHeader.byPackage(jar.header("Import-Package").orElse(""));
        for (String pkg : imports.keySet()) {
            Forbidden.importReason(pkg).ifPresent(reason ->
                    problems.add("Import-Package must not contain " + pkg + ": " + reason));
        }
        if (jar.header("Export-Package").filter(v -> !v.isBlank()).isPresent()) {
            problems.add("Export-Package must be empty (no other plugin builds on ours): "
                    + jar.header("Export-Package").get());
        }
        return problems;
    }

    private static void expect(PluginJar jar, List<String> problems, String header, String expected) {
        Optional<String> actual = jar.header(header).map(v -> v.split(";")[0].trim());
        if (actual.isEmpty()) {
            problems.add("Manifest header " + header + " is missing (expected " + expected + ")");
        } else if (!actual.get().equals(expected)) {
            problems.add("Manifest header " + header + " is '" + actual.get() + "', expected '" + expected + "'");
        }
    }
}
