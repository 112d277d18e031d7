package dev.postmortem.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * atlassian-plugin.xml against the jar: every class it names exists (or comes from an imported host package), module
 * classes can be built by the plugin container's constructor autowiring from the Spring XML, every resource it names
 * is in the jar, and every Velocity allowlist entry names a real method. REST resources (classes with @Path) are
 * autowired the same way and checked too, and each of their endpoints carries an access annotation.
 */
public final class DescriptorCheck {

    /** Elements whose text is a class name. */
    private static final Set<String> CLASS_ELEMENTS = Set.of("condition-class", "validator-class", "function-class",
            "upgradeTask", "entity");
    /** Modules a transformerless plugin does not process: they silently do nothing. */
    private static final Set<String> TRANSFORMED_ONLY = Set.of("component", "component-import", "module-type");
    /** Folders of templates the host ships (Jira's system field templates): not in our jar by design. */
    private static final List<String> HOST_RESOURCE_PREFIXES = List.of("templates/plugins/");
    private static final Set<String> HTTP_METHODS = Set.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.HEAD",
            "jakarta.ws.rs.OPTIONS");
    private static final Set<String> IMAGE_PARAMS = Set.of("plugin-icon", "plugin-logo", "plugin-banner",
            "vendor-icon", "vendor-logo");
    private static final Pattern ALLOWLIST_METHOD = Pattern.compile("([\\w.$]+)#([\\w$]+)\\(([^)]*)\\)");

    private DescriptorCheck() {
    }

    public static List<String> problems(PluginJar jar, ClassIndex host) {
        List<String> problems = new ArrayList<>();
        SpringWiring wiring = SpringWiring.of(jar, host);
        Set<String> imported = OsgiHeader.byPackage(jar.header("Import-Package").orElse("")).keySet();
        Element root = jar.descriptor().getDocumentElement();
        for (Element e : Descriptors.elements(root)) {
            String name = Descriptors.name(e);
            if (TRANSFORMED_ONLY.contains(name) && e.getParentNode() == root) {
                problems.add(Descriptors.where(e) + ": <" + name + "> is ignored in a transformerless plugin;"
                        + " declare it in " + PluginJar.SPRING_DIR + " instead");
            }
            String className = CLASS_ELEMENTS.contains(name) ? e.getTextContent().trim()
                    : Descriptors.webworkActionClass(e) != null ? Descriptors.webworkActionClass(e)
                    : "resource".equals(name) || "bean".equals(name) ? null : Descriptors.attr(e, "class");
            if (className != null && !className.isEmpty()) {
                checkClass(jar, host, wiring, imported, e, name, className, problems);
            }
            if ("resource".equals(name)) {
                checkResource(jar, e, problems);
            }
            if ("param".equals(name) && IMAGE_PARAMS.contains(Descriptors.attr(e, "name"))
                    && !jar.has(e.getTextContent().trim())) {
                problems.add("<plugin-info> " + Descriptors.attr(e, "name") + " " + e.getTextContent().trim()
                        + " is not in the jar");
            }
            if ("method".equals(name) && e.getParentNode() instanceof Element parent
                    && "velocity-allowlist".equals(Descriptors.name(parent))) {
                checkAllowlistEntry(jar, host, e, problems);
            }
        }
        checkModuleKeys(jar, root, problems);
        checkDownloadLinks(jar, root, problems);
        if (!Descriptors.children(root, "rest").isEmpty()) {
            for (ClassInfo c : jar.classes().all()) {
                if (c.isConcrete() && (c.annotations().contains("jakarta.ws.rs.Path")
                        || c.annotations().contains("jakarta.ws.rs.ext.Provider"))) {
                    wiring.unsatisfiedConstructor(c).forEach(p -> problems.add("REST resource " + c.name() + ": " + p));
                    checkAccessAnnotations(c, problems);
                    checkInjectedConstructor(c, problems);
                }
            }
        }
        return problems;
    }

    /**
     * Every REST endpoint says who may call it, on the method or its class: the default when nothing is said is
     * not documented for Jira/Confluence (docs/research/platform.md), and the REST v1 package is ignored on Platform 8.
     */
    private static void checkAccessAnnotations(ClassInfo resource, List<String> problems) {
        boolean classLevel = resource.annotations().stream().anyMatch(DescriptorCheck::isAccessAnnotation);
        for (ClassInfo.Method m : resource.methods()) {
            boolean endpoint = m.annotations().stream().anyMatch(HTTP_METHODS::contains);
            if (endpoint && !classLevel && m.annotations().stream().noneMatch(DescriptorCheck::isAccessAnnotation)) {
                problems.add("REST endpoint " + resource.name() + "#" + m.name() + " has no access annotation"
                        + " (e.g. com.atlassian.plugins.rest.api.security.annotation.LicensedOnly)");
            }
        }
    }

    /**
     * REST v2 builds resources and providers by JSR-330 rules: a constructor with parameters is used only when it
     * carries {@code @jakarta.inject.Inject}, as on every Platform 8 resource with parameters in public plugins.
     */
    private static void checkInjectedConstructor(ClassInfo resource, List<String> problems) {
        List<ClassInfo.Method> constructors = resource.publicConstructors();
        if (constructors.stream().anyMatch(c -> c.annotations().contains("jakarta.inject.Inject"))) {
            return;
        }
        for (ClassInfo.Method constructor : constructors) {
            if (!constructor.parameterTypes().isEmpty()) {
                problems.add("REST class " + resource.name() + ": constructor " + constructor
                        + " has parameters but no @jakarta.inject.Inject");
            }
        }
    }

    private static boolean isAccessAnnotation(String annotation) {
        return annotation.startsWith("com.atlassian.plugins.rest.api.security.annotation.")
                || annotation.startsWith("com.atlassian.annotations.security.");
    }

    /**
     * Attributes such as a macro's {@code icon="/download/resources/<plugin key>/images/x.png"} point at a download
     * resource of the plugin: a resource of that name, or a file under a folder resource ({@code name="images/"}).
     */
    private static void checkDownloadLinks(PluginJar jar, Element root, List<String> problems) {
        String prefix = "/download/resources/" + Descriptors.pluginKey(jar) + "/";
        Map<String, String> downloads = new java.util.HashMap<>();
        for (Element r : Descriptors.children(root, "resource")) {
            if ("download".equals(Descriptors.attr(r, "type")) && Descriptors.attr(r, "location") != null) {
                downloads.put(Descriptors.attr(r, "name"), Descriptors.attr(r, "location").replaceFirst("^/", ""));
            }
        }
        for (Element e : Descriptors.elements(root)) {
            org.w3c.dom.NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                String value = attributes.item(i).getNodeValue().trim();
                if (!value.startsWith(prefix)) {
                    continue;
                }
                String name = value.substring(prefix.length());
                boolean found = downloads.containsKey(name) && jar.hasFileOrFolder(downloads.get(name))
                        || downloads.entrySet().stream().anyMatch(d -> d.getKey().endsWith("/")
                                && name.startsWith(d.getKey())
                                && jar.has(d.getValue() + name.substring(d.getKey().length())));
                if (!found) {
                    problems.add(Descriptors.where(e) + ": " + attributes.item(i).getNodeName() + "=\"" + value
                            + "\" is not a download resource of this plugin");
                }
            }
        }
    }

    /** Module keys are unique (the plugin fails to load otherwise) and searchers name our field types by key. */
    private static void checkModuleKeys(PluginJar jar, Element root, List<String> problems) {
        Set<String> keys = new java.util.HashSet<>();
        Set<String> fieldTypes = new java.util.HashSet<>();
        for (Element module : Descriptors.elements(root)) {
            if (module.getParentNode() != root || !module.hasAttribute("key")) {
                continue;
            }
            if (!keys.add(module.getAttribute("key"))) {
                problems.add("Module key \"" + module.getAttribute("key") + "\" is used by more than one module");
            }
            if ("customfield-type".equals(Descriptors.name(module))) {
                fieldTypes.add(module.getAttribute("key"));
            }
        }
        String pluginKey = Descriptors.pluginKey(jar);
        for (Element e : Descriptors.elements(root)) {
            if ("valid-customfield-type".equals(Descriptors.name(e)) && pluginKey.equals(Descriptors.attr(e, "package"))
                    && !fieldTypes.contains(Descriptors.attr(e, "key"))) {
                problems.add(Descriptors.where(e) + " names the field type " + pluginKey + ":"
                        + Descriptors.attr(e, "key") + ", which no <customfield-type> of this plugin declares");
            }
        }
    }

    private static void checkClass(PluginJar jar, ClassIndex host, SpringWiring wiring, Set<String> imported, Element e,
                                   String element, String className, List<String> problems) {
        String where = Descriptors.where(e) + (element.equals(Descriptors.name(e)) && e.hasAttribute("class")
                ? "" : " <" + element + ">");
        Optional<ClassInfo> info = jar.classes().get(className);
        if (info.isEmpty()) {
            boolean hostClass = imported.contains(ClassInfo.packageOf(className)) && !"entity".equals(element);
            if (!hostClass) {
                problems.add(where + " names " + className + ", which is not in the jar"
                        + (className.startsWith("dev.postmortem") ? "" : " nor in an imported package"));
                return;
            }
            // A host class the plugin container builds from our context (e.g. Jira's TextSearcher): when the stubs
            // carry its constructors, they must be satisfiable from our beans and references too.
            host.get(className).filter(c -> c.isConcrete() && !c.publicConstructors().isEmpty())
                    .ifPresent(c -> wiring.unsatisfiedConstructor(c).forEach(p -> problems.add(where + ": " + p)));
            return;
        }
        ClassInfo c = info.get();
        if ("entity".equals(element)) {
            if (!c.isInterface()) {
                problems.add(where + " names " + className + ", which is not an interface (AO entities are interfaces)");
            }
            return;
        }
        if (!c.isConcrete() || !c.isPublic()) {
            problems.add(where + " names " + className + ", which is not a public concrete class");
            return;
        }
        wiring.unsatisfiedConstructor(c).forEach(p -> problems.add(where + ": " + p));
    }

    private static void checkResource(PluginJar jar, Element e, List<String> problems) {
        String type = Descriptors.attr(e, "type");
        String location = Descriptors.attr(e, "location");
        if (location == null || location.isEmpty()) {
            problems.add(Descriptors.where(e) + ": <resource name=\"" + Descriptors.attr(e, "name") + "\"> has no location");
            return;
        }
        if ("i18n".equals(type)) {
            String file = location.replace('.', '/') + ".properties";
            if (!jar.has(file)) {
                problems.add("i18n resource " + location + " has no " + file + " in the jar");
            }
            return;
        }
        String path = location.startsWith("/") ? location.substring(1) : location;
        if (HOST_RESOURCE_PREFIXES.stream().anyMatch(path::startsWith)) {
            return;
        }
        if (!jar.hasFileOrFolder(path)) {
            problems.add(Descriptors.where(e) + ": resource " + Descriptors.attr(e, "name") + " at " + location
                    + " is not in the jar");
        }
    }

    private static void checkAllowlistEntry(PluginJar jar, ClassIndex host, Element e, List<String> problems) {
        String entry = e.getTextContent().trim();
        Matcher m = ALLOWLIST_METHOD.matcher(entry);
        if (!m.matches()) {
            problems.add("<velocity-allowlist> entry '" + entry + "' is not of the form pkg.Class#method(pkg.Type,...)");
            return;
        }
        String cls = m.group(1);
        if (!jar.classes().contains(cls)) {
            if (cls.startsWith("dev.postmortem")) {
                problems.add("<velocity-allowlist> entry '" + entry + "': no class " + cls + " in the jar");
            }
            return;
        }
        List<String> params = m.group(3).isBlank() ? List.of()
                : List.of(m.group(3).split("\\s*,\\s*")).stream().map(String::trim).toList();
        boolean found = jar.classes().typeAndSupertypes(cls, host).stream()
                .flatMap(t -> jar.classes().get(t).stream())
                .anyMatch(c -> c.methods().stream().anyMatch(x -> x.name().equals(m.group(2)) && x.isPublic()
                        && x.parameterTypes().equals(params)));
        if (!found) {
            problems.add("<velocity-allowlist> entry '" + entry + "': " + cls + " has no public method "
                    + m.group(2) + "(" + String.join(",", params) + ") (a template calling it renders nothing)");
        }
    }
}
