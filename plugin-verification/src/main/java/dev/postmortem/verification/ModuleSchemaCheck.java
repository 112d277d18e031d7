package dev.postmortem.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * atlassian-plugin.xml against the module documentation (docs/DESCRIPTORS.md names the page of each rule): each
 * module has the attributes and children its type requires, only values the product accepts, and module classes of
 * the type the module needs. A module the host cannot parse or whose class has the wrong type fails when the plugin is
 * enabled, on a customer's instance; these checks fail the build instead.
 *
 * <p>The class-type rules apply to this plugin's own classes when the required type is known (in the jar or the
 * stubs, which carry every type a module of ours names).
 */
public final class ModuleSchemaCheck {

    /** Module element (its {@code class} attribute) to the type that class must have. */
    private static final Map<String, String> MODULE_CLASS_TYPES = Map.of(
            "customfield-type", "com.atlassian.jira.issue.customfields.CustomFieldType",
            "customfield-searcher", "com.atlassian.jira.issue.customfields.CustomFieldSearcher",
            "workflow-condition", "com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory",
            "workflow-validator", "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory",
            "workflow-function", "com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory",
            "jql-function", "com.atlassian.jira.plugin.jql.function.JqlFunction",
            "xhtml-macro", "com.atlassian.confluence.macro.Macro",
            "context-provider", "com.atlassian.plugin.web.ContextProvider");
    /** Elements whose text is a class name, to the type that class must have. */
    private static final Map<String, String> TEXT_CLASS_TYPES = Map.of(
            "condition-class", "com.opensymphony.workflow.Condition",
            "validator-class", "com.opensymphony.workflow.Validator",
            "function-class", "com.opensymphony.workflow.FunctionProvider",
            "upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask");
    /** Web fragments whose {@code <condition class>} is a web condition (web-resource conditions are another kind). */
    private static final Set<String> WEB_FRAGMENTS = Set.of("web-panel", "web-item", "web-section");
    private static final String WEB_CONDITION = "com.atlassian.plugin.web.Condition";
    /** What a {@code <webwork1>} action must extend (Jira's webwork dispatcher runs only these). */
    private static final String WEBWORK_ACTION = "com.atlassian.jira.web.action.JiraWebActionSupport";

    /** Workflow module to its one class element (the OSWorkflow class the factory configures). */
    private static final Map<String, String> WORKFLOW_CLASS_ELEMENTS = Map.of(
            "workflow-condition", "condition-class",
            "workflow-validator", "validator-class",
            "workflow-function", "function-class");
    /** JiraWorkflowPluginConstants: the only velocity resource names a workflow module's views are looked up by. */
    private static final Set<String> WORKFLOW_RESOURCES = Set.of("view", "input-parameters", "edit-parameters");
    /** MacroCategory names (Confluence macro browser). */
    private static final Set<String> MACRO_CATEGORIES = Set.of("formatting", "confluence-content", "media", "visuals",
            "navigation", "external-content", "communication", "reporting", "admin", "development", "hidden");
    /** MacroParameterType names (Confluence macro browser). */
    private static final Set<String> MACRO_PARAMETER_TYPES = Set.of("string", "boolean", "username", "enum", "int",
            "spacekey", "relativedate", "percentage", "confluence-content", "url", "color", "attachment", "label",
            "date", "group", "cql", "full_attachment");
    private static final Set<String> DEVICE_TYPES = Set.of("desktop", "mobile");
    /** A call of the jsI18n-transformed function; group 1 is the opening quote of a literal key, empty otherwise. */
    private static final Pattern I18N_CALL = Pattern.compile("\\bI18n\\.getText\\(\\s*(['\"]?)");
    /** Root children that are not modules and so carry no key. */
    private static final Set<String> NOT_MODULES = Set.of("plugin-info", "resource");

    private ModuleSchemaCheck() {
    }

    public static List<String> problems(PluginJar jar, ClassIndex host) {
        List<String> problems = new ArrayList<>();
        Element root = jar.descriptor().getDocumentElement();
        if (!"2".equals(Descriptors.attr(root, "plugins-version"))) {
            problems.add("<atlassian-plugin> must say plugins-version=\"2\" (an OSGi plugin)");
        }
        checkPluginInfo(root, problems);
        List<Element> modules = Descriptors.elements(root).stream().filter(m -> m.getParentNode() == root).toList();
        for (Element module : modules) {
            String name = Descriptors.name(module);
            if (!NOT_MODULES.contains(name) && blank(Descriptors.attr(module, "key"))) {
                problems.add("<" + name + "> has no key");
            }
            switch (name) {
                case "workflow-condition", "workflow-validator", "workflow-function" -> checkWorkflow(module, problems);
                case "customfield-searcher" -> checkSearcher(module, problems);
                case "jql-function" -> checkJqlFunction(module, problems);
                case "rest" -> checkRest(module, problems);
                case "web-panel" -> checkWebPanel(module, problems);
                case "web-resource" -> checkWebResource(jar, module, problems);
                case "ao" -> requireChild(module, "entity", problems);
                case "xhtml-macro" -> {
                    checkMacro(module, problems);
                    checkMacroIcon(jar, root, module, problems);
                }
                default -> {
                }
            }
        }
        for (Element e : Descriptors.elements(root)) {
            checkClassType(jar, host, e, problems);
        }
        return problems;
    }

    /** Marketplace lists an app as Data Center compatible only with both parameters (docs/research/platform.md 2.9). */
    private static void checkPluginInfo(Element root, List<String> problems) {
        Map<String, String> params = Descriptors.children(root, "plugin-info").stream()
                .flatMap(info -> Descriptors.children(info, "param").stream())
                .collect(Collectors.toMap(p -> String.valueOf(Descriptors.attr(p, "name")),
                        p -> p.getTextContent().trim(), (a, b) -> a));
        expectParam(params, "atlassian-data-center-status", "compatible", problems);
        expectParam(params, "atlassian-data-center-compatible", "true", problems);
    }

    private static void expectParam(Map<String, String> params, String name, String value, List<String> problems) {
        if (!value.equals(params.get(name))) {
            problems.add("<plugin-info> needs <param name=\"" + name + "\">" + value + "</param>"
                    + (params.containsKey(name) ? " (found '" + params.get(name) + "')" : ""));
        }
    }

    private static void checkWorkflow(Element module, List<String> problems) {
        String classElement = WORKFLOW_CLASS_ELEMENTS.get(Descriptors.name(module));
        List<Element> classes = Descriptors.children(module, classElement);
        if (classes.size() != 1 || blank(classes.get(0).getTextContent())) {
            problems.add(Descriptors.where(module) + " needs exactly one <" + classElement + ">");
        }
        for (Element r : Descriptors.children(module, "resource")) {
            if ("velocity".equals(Descriptors.attr(r, "type"))
                    && !WORKFLOW_RESOURCES.contains(Descriptors.attr(r, "name"))) {
                problems.add(Descriptors.where(module) + ": velocity resource '" + Descriptors.attr(r, "name")
                        + "' is none of " + new java.util.TreeSet<>(WORKFLOW_RESOURCES) + " (Jira never renders it)");
            }
        }
    }

    private static void checkSearcher(Element module, List<String> problems) {
        List<Element> valid = Descriptors.children(module, "valid-customfield-type");
        if (valid.isEmpty()) {
            problems.add(Descriptors.where(module) + " names no <valid-customfield-type> (no field can use it)");
        }
        for (Element v : valid) {
            if (blank(Descriptors.attr(v, "package")) || blank(Descriptors.attr(v, "key"))) {
                problems.add(Descriptors.where(module) + ": <valid-customfield-type> needs package and key");
            }
        }
    }

    private static void checkJqlFunction(Element module, List<String> problems) {
        List<Element> fname = Descriptors.children(module, "fname");
        if (fname.size() != 1 || blank(fname.get(0).getTextContent())) {
            problems.add(Descriptors.where(module) + " needs exactly one <fname> (the name used in JQL)");
        }
        for (Element list : Descriptors.children(module, "list")) {
            String value = list.getTextContent().trim();
            if (!"true".equals(value) && !"false".equals(value)) {
                problems.add(Descriptors.where(module) + ": <list> is '" + value + "', not true or false");
            }
        }
    }

    /** The REST module maps /rest/{path}/{version}: both are required. */
    private static void checkRest(Element module, List<String> problems) {
        String path = Descriptors.attr(module, "path");
        if (blank(path) || !path.startsWith("/")) {
            problems.add(Descriptors.where(module) + " needs a path starting with / (found '" + path + "')");
        }
        if (blank(Descriptors.attr(module, "version"))) {
            problems.add(Descriptors.where(module) + " needs a version");
        }
    }

    /** A web panel needs a location and exactly one source of content: a class or a resource named view. */
    private static void checkWebPanel(Element module, List<String> problems) {
        if (blank(Descriptors.attr(module, "location"))) {
            problems.add(Descriptors.where(module) + " needs a location");
        }
        boolean hasClass = !blank(Descriptors.attr(module, "class"));
        long views = Descriptors.children(module, "resource").stream()
                .filter(r -> "view".equals(Descriptors.attr(r, "name"))).count();
        if (hasClass == (views > 0) || views > 1) {
            problems.add(Descriptors.where(module) + " needs exactly one source of content: a class or one"
                    + " <resource name=\"view\">");
        }
    }

    private static void checkWebResource(PluginJar jar, Element module, List<String> problems) {
        boolean jsI18n = false;
        for (Element t : Descriptors.children(module, "transformation")) {
            List<Element> transformers = Descriptors.children(t, "transformer");
            if (blank(Descriptors.attr(t, "extension")) || transformers.isEmpty()
                    || transformers.stream().anyMatch(x -> blank(Descriptors.attr(x, "key")))) {
                problems.add(Descriptors.where(module) + ": <transformation> needs an extension and"
                        + " <transformer key=\"...\"/> children");
            }
            jsI18n |= "js".equals(Descriptors.attr(t, "extension"))
                    && transformers.stream().anyMatch(x -> "jsI18n".equals(Descriptors.attr(x, "key")));
        }
        for (Element r : Descriptors.children(module, "resource")) {
            String location = String.valueOf(Descriptors.attr(r, "location")).replaceFirst("^/", "");
            if (!location.endsWith(".js")) {
                continue;
            }
            String script = jar.text(location).orElse("");
            Matcher call = I18N_CALL.matcher(script);
            while (call.find()) {
                if (!jsI18n) {
                    problems.add(Descriptors.where(module) + ": " + location + " calls AJS.I18n.getText, but the"
                            + " web-resource has no <transformation extension=\"js\"><transformer key=\"jsI18n\"/>"
                            + " (the browser would show the key)");
                    break;
                }
                if (call.group(1).isEmpty()) {
                    problems.add(Descriptors.where(module) + ": " + location + " calls AJS.I18n.getText with a"
                            + " non-literal key (the jsI18n transformer replaces only literal keys)");
                    break;
                }
            }
        }
    }

    private static void checkMacro(Element module, List<String> problems) {
        if (blank(Descriptors.attr(module, "name"))) {
            problems.add(Descriptors.where(module) + " needs a name (what the page storage format refers to)");
        }
        if (blank(Descriptors.attr(module, "class"))) {
            problems.add(Descriptors.where(module) + " needs a class");
        }
        for (Element c : Descriptors.children(module, "category")) {
            if (!MACRO_CATEGORIES.contains(Descriptors.attr(c, "name"))) {
                problems.add(Descriptors.where(module) + ": category '" + Descriptors.attr(c, "name")
                        + "' is not a macro browser category");
            }
        }
        for (Element d : Descriptors.children(module, "device-type")) {
            if (!DEVICE_TYPES.contains(d.getTextContent().trim())) {
                problems.add(Descriptors.where(module) + ": device-type '" + d.getTextContent().trim()
                        + "' is neither desktop nor mobile");
            }
        }
        for (Element parameters : Descriptors.children(module, "parameters")) {
            for (Element p : Descriptors.children(parameters, "parameter")) {
                if (blank(Descriptors.attr(p, "name"))) {
                    problems.add(Descriptors.where(module) + ": a <parameter> has no name");
                }
                if (!MACRO_PARAMETER_TYPES.contains(Descriptors.attr(p, "type"))) {
                    problems.add(Descriptors.where(module) + ": parameter " + Descriptors.attr(p, "name")
                            + " has type '" + Descriptors.attr(p, "type") + "', not a macro parameter type");
                }
            }
        }
    }

    /**
     * The macro browser page: "the image should be 80 pixels by 80 pixels, with no transparency". Checked for a PNG
     * icon served from this plugin's download resources (a missing one is DescriptorCheck's report).
     */
    private static void checkMacroIcon(PluginJar jar, Element root, Element module, List<String> problems) {
        String icon = Descriptors.attr(module, "icon");
        String prefix = "/download/resources/" + Descriptors.attr(root, "key") + "/";
        if (blank(icon) || !icon.startsWith(prefix) || !icon.endsWith(".png")) {
            return;
        }
        String name = icon.substring(prefix.length());
        Optional<byte[]> png = Descriptors.children(root, "resource").stream()
                .filter(r -> "download".equals(Descriptors.attr(r, "type")) && !blank(Descriptors.attr(r, "name")))
                .map(r -> {
                    String resource = Descriptors.attr(r, "name");
                    String location = String.valueOf(Descriptors.attr(r, "location")).replaceFirst("^/", "");
                    return resource.equals(name) ? location
                            : resource.endsWith("/") && name.startsWith(resource)
                            ? location + name.substring(resource.length()) : null;
                })
                .filter(java.util.Objects::nonNull)
                .map(jar::bytes).flatMap(Optional::stream).findFirst();
        if (png.isEmpty() || png.get().length < 26) {
            return;
        }
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png.get());
        int width = header.getInt(16);
        int height = header.getInt(20);
        int colourType = png.get()[25];
        boolean alpha = colourType == 4 || colourType == 6;
        if (width != 80 || height != 80 || alpha) {
            problems.add(Descriptors.where(module) + ": icon " + name + " is " + width + "x" + height
                    + (alpha ? " with transparency" : "") + "; the macro browser wants 80x80 without transparency");
        }
    }

    private static void requireChild(Element module, String child, List<String> problems) {
        if (Descriptors.children(module, child).isEmpty()) {
            problems.add(Descriptors.where(module) + " needs at least one <" + child + ">");
        }
    }

    private static void checkClassType(PluginJar jar, ClassIndex host, Element e, List<String> problems) {
        String name = Descriptors.name(e);
        String className;
        String required;
        if (TEXT_CLASS_TYPES.containsKey(name)) {
            className = e.getTextContent().trim();
            required = TEXT_CLASS_TYPES.get(name);
        } else if (MODULE_CLASS_TYPES.containsKey(name)) {
            className = Descriptors.attr(e, "class");
            required = MODULE_CLASS_TYPES.get(name);
        } else if (Descriptors.webworkActionClass(e) != null) {
            className = Descriptors.webworkActionClass(e);
            required = WEBWORK_ACTION;
        } else if ("condition".equals(name) && e.getParentNode() instanceof Element parent
                && (WEB_FRAGMENTS.contains(Descriptors.name(parent)) || "conditions".equals(Descriptors.name(parent)))) {
            className = Descriptors.attr(e, "class");
            required = WEB_CONDITION;
        } else {
            return;
        }
        boolean known = jar.classes().contains(required) || host.contains(required);
        if (!known || blank(className) || !jar.classes().contains(className)) {
            // A class missing altogether is DescriptorCheck's report; a host class (Jira's TextSearcher) is the host's
            // own module class, and its stub carries no supertypes.
            return;
        }
        if (!jar.classes().typeAndSupertypes(className, host).contains(required)) {
            problems.add(Descriptors.where(e) + (e.hasAttribute("class") ? "" : " <" + name + ">") + " names "
                    + className + ", which is not a " + required);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
