package dev.postmortem.verification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Host-rendered Velocity templates call only allowlisted methods of our classes. Jira 10+ and Confluence 9+ block
 * every template call to a plugin class that is not in a {@code <velocity-allowlist>}, and the page silently shows
 * nothing in its place.
 *
 * <p>A template is checked when it declares its variables with {@code #* @vtlvariable name="x" type="..." *#}
 * headers naming our classes (templates the core renders with its own Velocity need none); a template that declares
 * none is checked with the types other templates of the jar declare for the same names. References are followed
 * through method chains ({@code $a.b().c}) and {@code #foreach} over lists while the types are ours; a property
 * ({@code $x.title}) must resolve to {@code getTitle()} or {@code isTitle()}, as Velocity 1.x does: a record's
 * {@code title()} accessor is not found that way.
 */
public final class VelocityAllowlistCheck {

    private static final Pattern VTL_VARIABLE =
            Pattern.compile("@vtlvariable\\s+name=\"(\\w+)\"\\s+type=\"([\\w.$]+)(?:<([\\w.$]+)>)?\"");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("#\\*.*?\\*#", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("##[^\\n]*");
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$!?\\{?([A-Za-z]\\w*)((?:\\.[A-Za-z]\\w*(?:\\((?:[^()]|\\([^()]*\\))*\\))?)+)");
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z]\\w*)(\\(((?:[^()]|\\([^()]*\\))*)\\))?");
    private static final Pattern FOREACH = Pattern.compile(
            "#\\{?foreach\\}?\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$!?\\{?([A-Za-z]\\w*((?:\\.[A-Za-z]\\w*(?:\\((?:[^()]|\\([^()]*\\))*\\))?)*))\\}?\\s*\\)");
    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Collection", "java.util.Set",
            "java.lang.Iterable");

    /** A reference's type: a class, and when it is a collection, its element type. */
    private record Typed(String type, String elementType) {
    }

    private VelocityAllowlistCheck() {
    }

    public static List<String> problems(PluginJar jar) {
        Set<String> allowlisted = new LinkedHashSet<>();
        for (Element e : Descriptors.elements(jar.descriptor().getDocumentElement())) {
            if ("method".equals(Descriptors.name(e)) && e.getParentNode() instanceof Element parent
                    && "velocity-allowlist".equals(Descriptors.name(parent))) {
                allowlisted.add(e.getTextContent().replaceAll("\\s+", ""));
            }
        }
        // A variable declared in one template means the same in the plugin's other templates (the same context
        // provider or field type fills them), unless two templates declare it differently.
        Map<String, Typed> shared = new HashMap<>();
        Set<String> conflicting = new LinkedHashSet<>();
        for (String entry : jar.entryNames()) {
            if (entry.endsWith(".vm")) {
                declared(jar.text(entry).orElse("")).forEach((name, type) -> {
                    Typed previous = shared.putIfAbsent(name, type);
                    if (previous != null && !previous.equals(type)) {
                        conflicting.add(name);
                    }
                });
            }
        }
        conflicting.forEach(shared::remove);
        List<String> problems = new ArrayList<>();
        for (String entry : jar.entryNames()) {
            if (entry.endsWith(".vm")) {
                checkTemplate(jar, entry, jar.text(entry).orElse(""), shared, allowlisted, problems);
            }
        }
        return problems;
    }

    private static Map<String, Typed> declared(String text) {
        Map<String, Typed> variables = new HashMap<>();
        Matcher declared = VTL_VARIABLE.matcher(text);
        while (declared.find()) {
            variables.put(declared.group(1), new Typed(declared.group(2), declared.group(3)));
        }
        return variables;
    }

    private static void checkTemplate(PluginJar jar, String template, String text, Map<String, Typed> shared,
                                      Set<String> allowlisted, List<String> problems) {
        Map<String, Typed> variables = declared(text);
        if (variables.isEmpty()) {
            variables.putAll(shared);
        }
        if (variables.values().stream().noneMatch(t -> jar.classes().contains(t.type())
                || (t.elementType() != null && jar.classes().contains(t.elementType())))) {
            return;
        }
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(text).replaceAll("")).replaceAll("");
        Matcher loop = FOREACH.matcher(code);
        while (loop.find()) {
            resolve(jar, template, loop.group(2), variables, allowlisted, new ArrayList<>())
                    .filter(t -> t.elementType() != null)
                    .ifPresent(t -> variables.putIfAbsent(loop.group(1), new Typed(t.elementType(), null)));
        }
        Set<String> seen = new LinkedHashSet<>();
        Matcher ref = REFERENCE.matcher(code);
        while (ref.find()) {
            if (seen.add(ref.group(1) + ref.group(2))) {
                resolve(jar, template, ref.group(1) + ref.group(2), variables, allowlisted, problems);
            }
        }
    }

    /** Follows {@code var.a().b} while the types are ours; reports the first call that Jira would block. */
    private static Optional<Typed> resolve(PluginJar jar, String template, String reference,
                                           Map<String, Typed> variables, Set<String> allowlisted,
                                           List<String> problems) {
        int dot = reference.indexOf('.');
        String var = dot < 0 ? reference : reference.substring(0, dot);
        Typed current = variables.get(var);
        if (current == null) {
            return Optional.empty();
        }
        Matcher segment = SEGMENT.matcher(dot < 0 ? "" : reference.substring(dot));
        String path = "$" + var;
        while (segment.find()) {
            Optional<ClassInfo> type = jar.classes().get(current.type());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            String name = segment.group(1);
            boolean call = segment.group(2) != null;
            int arity = !call || segment.group(3).isBlank() ? 0 : topLevelCommas(segment.group(3)) + 1;
            path += "." + name + (call ? "()" : "");
            Optional<ClassInfo.Method> method = call ? find(jar, type.get(), name, arity)
                    : find(jar, type.get(), "get" + capitalized(name), 0)
                            .or(() -> find(jar, type.get(), "get" + name, 0))
                            .or(() -> find(jar, type.get(), "is" + capitalized(name), 0));
            if (method.isEmpty()) {
                problems.add(template + ": " + path + " — " + type.get().name() + " has no public "
                        + (call ? name + " with " + arity + " argument(s)" : "get" + capitalized(name) + "() or is"
                        + capitalized(name) + "() (Velocity does not call record accessors for properties)"));
                return Optional.empty();
            }
            String entry = type.get().name() + "#" + method.get().name() + "("
                    + String.join(",", method.get().parameterTypes()) + ")";
            if (!allowlistedInHierarchy(jar, type.get(), method.get(), allowlisted)) {
                problems.add(template + ": " + path + " calls " + entry + ", which is not in the <velocity-allowlist>"
                        + " (Jira renders nothing for it)");
                return Optional.empty();
            }
            current = new Typed(method.get().returnType(), COLLECTIONS.contains(method.get().returnType())
                    ? method.get().returnElementType() : null);
        }
        return Optional.of(current);
    }

    private static Optional<ClassInfo.Method> find(PluginJar jar, ClassInfo type, String name, int arity) {
        for (String t : jar.classes().typeAndSupertypes(type.name())) {
            Optional<ClassInfo.Method> m = jar.classes().get(t).flatMap(c -> c.methods().stream()
                    .filter(x -> x.isPublic() && !x.isStatic() && x.name().equals(name)
                            && x.parameterTypes().size() == arity)
                    .findFirst());
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static boolean allowlistedInHierarchy(PluginJar jar, ClassInfo type, ClassInfo.Method method,
                                                  Set<String> allowlisted) {
        String signature = "#" + method.name() + "(" + String.join(",", method.parameterTypes()) + ")";
        return jar.classes().typeAndSupertypes(type.name()).stream().anyMatch(t -> allowlisted.contains(t + signature));
    }

    private static int topLevelCommas(String args) {
        int depth = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : args.toCharArray()) {
            if (c == '"' || c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                commas++;
            }
        }
        return commas;
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
