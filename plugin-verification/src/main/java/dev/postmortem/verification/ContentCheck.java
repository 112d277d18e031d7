package dev.postmortem.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Nothing inside the jar that belongs to the stubs, a test library or the host, or that needs a Java above 21. */
public final class ContentCheck {

    private ContentCheck() {
    }

    /** @param stubs the atlassian-stubs module's classes: none of them may be packaged */
    public static List<String> problems(PluginJar jar, ClassIndex stubs) {
        List<String> problems = new ArrayList<>();
        if (stubs.all().isEmpty()) {
            problems.add("The atlassian-stubs classes were not found, so the jar could not be checked against them");
        }
        for (ClassInfo stub : stubs.all()) {
            if (jar.has(stub.name().replace('.', '/') + ".class")) {
                problems.add("Stub class " + stub.name() + " (atlassian-stubs) is inside the jar");
            }
        }
        jar.classes().unreadable().forEach(u -> problems.add("Unreadable class file in the jar: " + u));
        jar.classes().all().stream().filter(c -> c.classFileVersion() > ClassInfo.JAVA_21).findFirst().ifPresent(c ->
                problems.add(jar.classes().all().stream().filter(x -> x.classFileVersion() > ClassInfo.JAVA_21).count()
                        + " classes need a Java newer than 21 (class-file version " + c.classFileVersion() + "), e.g. "
                        + c.name() + "; Jira 11 and Confluence 10 run on Java 21"));
        Map<String, List<String>> byReason = new TreeMap<>();
        for (String entry : jar.entryNames()) {
            Forbidden.entryReason(entry).ifPresent(r -> byReason.computeIfAbsent(r, k -> new ArrayList<>()).add(entry));
        }
        byReason.forEach((reason, entries) -> problems.add(entries.size() + " entr" + (entries.size() == 1 ? "y" : "ies")
                + " of " + reason + " inside the jar, e.g. " + entries.get(0)));
        return problems;
    }

    /**
     * Every package the bytecode references is inside the bundle, imported, or java.* (boot delegation). A missing
     * one is a NoClassDefFoundError in the host.
     */
    public static List<String> unimportedReferences(PluginJar jar) {
        Set<String> own = jar.packages();
        Set<String> imported = OsgiHeader.byPackage(jar.header("Import-Package").orElse("")).keySet();
        List<String> dynamic = OsgiHeader.byPackage(jar.header("DynamicImport-Package").orElse("")).keySet().stream()
                .toList();
        Map<String, String> missing = new TreeMap<>();
        for (ClassInfo c : jar.classes().all()) {
            for (String ref : c.references()) {
                String pkg = ClassInfo.packageOf(ref);
                if (pkg.startsWith("java.") || own.contains(pkg) || imported.contains(pkg) || matches(dynamic, pkg)) {
                    continue;
                }
                missing.putIfAbsent(pkg, c.name() + " uses " + ref);
            }
        }
        List<String> problems = new ArrayList<>();
        missing.forEach((pkg, example) -> problems.add("Package " + pkg + " is referenced by the bytecode but neither"
                + " inside the bundle nor imported (" + example + ")"));
        return problems;
    }

    private static boolean matches(List<String> patterns, String pkg) {
        for (String p : patterns) {
            if (p.equals("*") || p.equals(pkg) || (p.endsWith(".*") && pkg.startsWith(p.substring(0, p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
