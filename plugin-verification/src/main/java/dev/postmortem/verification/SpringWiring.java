package dev.postmortem.verification;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plugin's Spring XML (all of META-INF/spring/*.xml, one context): beans, imported OSGi services and exported
 * ones, checked against the classes in the jar. Also answers which types the container can inject, which is what
 * the plugin framework uses when it autowires module classes named in atlassian-plugin.xml.
 */
public final class SpringWiring {

    private static final String BEANS_NS = "http://www.springframework.org/schema/beans";

    /**
     * A bean or an OSGi reference: something with an id and a type the container can inject; {@code primary} and
     * {@code candidate} are Spring's primary="true" and autowire-candidate="false" for autowiring by type.
     */
    record Provided(String id, String type, String file, boolean primary, boolean candidate) {

        Provided(String id, String type, String file) {
            this(id, type, file, false, true);
        }
    }

    private record Bean(String id, Element element, String file, boolean defaultAutowire) {
    }

    private final PluginJar jar;
    private final ClassIndex host;
    private final Set<String> importedPackages;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Provided> provided = new LinkedHashMap<>();
    private final List<Bean> beans = new ArrayList<>();
    private final List<Element> services = new ArrayList<>();

    private SpringWiring(PluginJar jar, ClassIndex host) {
        this.jar = jar;
        this.host = host;
        this.importedPackages = OsgiHeader.byPackage(jar.header("Import-Package").orElse("")).keySet();
        // Gemini Blueprint publishes the bundle's context in every application context under this name.
        register(new Provided("bundleContext", "org.osgi.framework.BundleContext", "(Gemini Blueprint)"));
        jar.springXml().forEach(this::read);
        beans.forEach(this::checkBean);
        services.forEach(this::checkService);
        jar.springXml().forEach(this::checkReferences);
    }

    /** Every ref="..." and <ref bean="..."/> (also inside lists, maps and properties) names a declared id. */
    private void checkReferences(String file, Document document) {
        for (Element e : Descriptors.elements(document.getDocumentElement())) {
            String ref = "ref".equals(Descriptors.name(e)) ? Descriptors.attr(e, "bean") : null;
            boolean nested = ref != null && !(e.getParentNode() instanceof Element parent
                    && "constructor-arg".equals(Descriptors.name(parent)));
            if (nested && !provided.containsKey(ref)) {
                problems.add(file + ": " + Descriptors.where(e) + " has <ref bean=\"" + ref
                        + "\">, which no bean or reference declares");
            }
            String attr = Descriptors.attr(e, "ref");
            if (attr != null && "property".equals(Descriptors.name(e)) && !provided.containsKey(attr)) {
                problems.add(file + ": " + Descriptors.where(e) + " has property ref \"" + attr
                        + "\", which no bean or reference declares");
            }
        }
    }

    /**
     * @param host classes known to stand for the host's (the stubs), to see host interfaces' supertypes; may be empty
     */
    public static SpringWiring of(PluginJar jar, ClassIndex host) {
        return new SpringWiring(jar, host);
    }

    public static List<String> problems(PluginJar jar, ClassIndex host) {
        return of(jar, host).problems();
    }

    public List<String> problems() {
        List<String> result = new ArrayList<>(problems);
        if (jar.springXml().isEmpty()) {
            result.add("No Spring XML in " + PluginJar.SPRING_DIR + ": a transformerless plugin must declare its wiring");
        }
        return result;
    }

    /**
     * Ids of the beans and references Spring would consider for autowiring a parameter of the given type: those of
     * that type (or a subtype) that are autowire candidates; when one of several is primary, that one alone.
     */
    public List<String> candidatesFor(String type) {
        List<Provided> candidates = provided.values().stream()
                .filter(p -> p.candidate() && p.type() != null && supertypes(p.type()).contains(type))
                .toList();
        List<Provided> primary = candidates.stream().filter(Provided::primary).toList();
        return (primary.size() == 1 ? primary : candidates).stream().map(Provided::id).toList();
    }

    /**
     * Why no public constructor of the class can be autowired from this context; empty when one can. With several
     * constructors Spring takes a satisfiable one, so the problems reported are those of the widest.
     */
    public List<String> unsatisfiedConstructor(ClassInfo type) {
        List<ClassInfo.Method> constructors = new ArrayList<>(type.publicConstructors());
        if (constructors.isEmpty()) {
            return List.of(type.name() + " has no public constructor");
        }
        constructors.sort((a, b) -> b.parameterTypes().size() - a.parameterTypes().size());
        List<String> widest = null;
        for (ClassInfo.Method constructor : constructors) {
            List<String> missing = new ArrayList<>();
            List<String> params = constructor.parameterTypes();
            for (int i = 0; i < params.size(); i++) {
                List<String> candidates = candidatesFor(params.get(i));
                if (candidates.isEmpty()) {
                    missing.add("parameter " + (i + 1) + " (" + params.get(i) + ") of " + type.name() + constructor
                            .toString().substring("<init>".length())
                            + ": no bean or <osgi:reference> of that type in " + PluginJar.SPRING_DIR);
                } else if (candidates.size() > 1) {
                    missing.add("parameter " + (i + 1) + " (" + params.get(i) + ") of " + type.name()
                            + ": ambiguous, " + candidates.size() + " candidates " + candidates);
                }
            }
            if (missing.isEmpty()) {
                return List.of();
            }
            if (widest == null) {
                widest = missing;
            }
        }
        return widest;
    }

    private void read(String file, Document document) {
        Element root = document.getDocumentElement();
        boolean defaultAutowire = "constructor".equals(Descriptors.attr(root, "default-autowire"));
        for (Element e : Descriptors.elements(root)) {
            String name = Descriptors.name(e);
            boolean beansNs = BEANS_NS.equals(e.getNamespaceURI());
            boolean osgiNs = e.getNamespaceURI() != null
                    && (e.getNamespaceURI().contains("gemini/blueprint") || e.getNamespaceURI().endsWith("schema/osgi"));
            if (beansNs && "bean".equals(name)) {
                String id = Optional.ofNullable(Descriptors.attr(e, "id")).orElse(Descriptors.attr(e, "name"));
                boolean inner = e.getParentNode() instanceof Element parent && !"beans".equals(Descriptors.name(parent));
                if (id == null && !inner) {
                    problems.add(file + ": a top-level <bean class=\"" + Descriptors.attr(e, "class") + "\"> needs an id");
                }
                Bean bean = new Bean(id == null ? "(inner " + Descriptors.attr(e, "class") + ")" : id, e, file, defaultAutowire);
                beans.add(bean);
                if (id != null) {
                    register(new Provided(id, beanType(bean), file, "true".equals(Descriptors.attr(e, "primary")),
                            !"false".equals(Descriptors.attr(e, "autowire-candidate"))));
                }
            } else if (osgiNs && "reference".equals(name)) {
                String id = Descriptors.attr(e, "id");
                String iface = Descriptors.attr(e, "interface");
                if (id == null || iface == null) {
                    problems.add(file + ": <osgi:reference> needs id and interface");
                    continue;
                }
                checkHostType(file, "<osgi:reference id=\"" + id + "\">", iface);
                host.get(iface).filter(c -> !c.isInterface()).ifPresent(c -> problems.add(file + ": <osgi:reference id=\""
                        + id + "\"> names " + iface + ", which is not an interface (OSGi services are proxied by interface)"));
                register(new Provided(id, iface, file));
            } else if (osgiNs && "service".equals(name)) {
                services.add(e);
            }
        }
    }

    private void register(Provided p) {
        Provided previous = provided.putIfAbsent(p.id(), p);
        if (previous != null) {
            problems.add("Bean id '" + p.id() + "' is declared twice: in " + previous.file() + " and " + p.file());
        }
    }

    /** The type a bean definition produces: its class, or a factory method's return type. */
    private String beanType(Bean bean) {
        Element e = bean.element();
        String cls = Descriptors.attr(e, "class");
        String factoryMethod = Descriptors.attr(e, "factory-method");
        if (factoryMethod == null || cls == null) {
            return cls;
        }
        Optional<ClassInfo> info = jar.classes().get(cls).or(() -> host.get(cls));
        if (info.isPresent()) {
            return info.get().methods().stream().filter(m -> m.name().equals(factoryMethod) && m.isStatic())
                    .map(ClassInfo.Method::returnType).findFirst().orElse(cls);
        }
        try {
            Class<?> c = Class.forName(cls, false, ClassLoader.getPlatformClassLoader());
            for (java.lang.reflect.Method m : c.getMethods()) {
                if (m.getName().equals(factoryMethod) && java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                    return m.getReturnType().getName();
                }
            }
        } catch (ClassNotFoundException e1) {
            // not a JDK class: checkBean reports it when it is not imported either
        }
        return cls;
    }

    private void checkBean(Bean bean) {
        Element e = bean.element();
        String where = bean.file() + ": <bean id=\"" + bean.id() + "\">";
        String cls = Descriptors.attr(e, "class");
        if (cls == null) {
            if (Descriptors.attr(e, "factory-bean") == null && Descriptors.attr(e, "parent") == null) {
                problems.add(where + " has no class");
            }
            return;
        }
        Optional<ClassInfo> info = jar.classes().get(cls);
        if (info.isEmpty()) {
            checkHostType(bean.file(), "<bean id=\"" + bean.id() + "\">", cls);
            return;
        }
        ClassInfo type = info.get();
        String factoryMethod = Descriptors.attr(e, "factory-method");
        List<Element> args = Descriptors.children(e, "constructor-arg");
        if (factoryMethod != null) {
            boolean exists = type.methods().stream().anyMatch(m -> m.name().equals(factoryMethod) && m.isStatic()
                    && m.isPublic() && m.parameterTypes().size() == args.size());
            if (!exists) {
                problems.add(where + ": " + cls + " has no public static " + factoryMethod + " with " + args.size()
                        + " parameter(s)");
            }
            return;
        }
        if (!type.isConcrete()) {
            problems.add(where + ": " + cls + " is abstract or an interface and cannot be instantiated");
            return;
        }
        String autowire = Optional.ofNullable(Descriptors.attr(e, "autowire"))
                .orElse(bean.defaultAutowire() ? "constructor" : "no");
        if (!args.isEmpty()) {
            checkExplicitConstructor(where, type, args);
        } else if ("constructor".equals(autowire)) {
            unsatisfiedConstructor(type).forEach(p -> problems.add(where + ": " + p));
        } else if (type.publicConstructors().stream().noneMatch(c -> c.parameterTypes().isEmpty())) {
            problems.add(where + ": " + cls + " has no public no-argument constructor; add <constructor-arg ref=...> "
                    + "for " + type.publicConstructors() + " or autowire=\"constructor\"");
        }
        for (Element property : Descriptors.children(e, "property")) {
            String prop = Descriptors.attr(property, "name");
            String setter = "set" + Character.toUpperCase(prop.charAt(0)) + prop.substring(1);
            boolean found = jar.classes().typeAndSupertypes(cls, host).stream()
                    .flatMap(t -> jar.classes().get(t).stream())
                    .anyMatch(c -> c.methods().stream().anyMatch(m -> m.name().equals(setter) && m.isPublic()
                            && m.parameterTypes().size() == 1));
            if (!found) {
                problems.add(where + ": property '" + prop + "' has no public " + setter + "(...) in " + cls);
            }
        }
    }

    private void checkExplicitConstructor(String where, ClassInfo type, List<Element> args) {
        List<ClassInfo.Method> sameArity = type.publicConstructors().stream()
                .filter(c -> c.parameterTypes().size() == args.size()).toList();
        if (sameArity.isEmpty()) {
            problems.add(where + ": " + type.name() + " has no public constructor with " + args.size()
                    + " parameter(s); it has " + type.publicConstructors());
            return;
        }
        List<String> firstMismatch = null;
        for (ClassInfo.Method constructor : sameArity) {
            List<String> mismatch = new ArrayList<>();
            for (int position = 0; position < args.size(); position++) {
                Element arg = args.get(position);
                String index = Descriptors.attr(arg, "index");
                int i = index == null || !index.matches("\\d+") ? position : Integer.parseInt(index);
                if (i >= constructor.parameterTypes().size()) {
                    mismatch.add("constructor-arg index " + index + " is beyond the " + args.size() + " parameters");
                    continue;
                }
                String paramType = constructor.parameterTypes().get(i);
                String ref = Optional.ofNullable(Descriptors.attr(arg, "ref"))
                        .orElse(Descriptors.children(arg, "ref").stream().map(r -> Descriptors.attr(r, "bean"))
                                .findFirst().orElse(null));
                if (ref == null) {
                    continue;
                }
                Provided target = provided.get(ref);
                if (target == null) {
                    mismatch.add("constructor-arg " + (i + 1) + " refers to '" + ref + "', which no bean or reference declares");
                } else if (target.type() != null && !supertypes(target.type()).contains(paramType)) {
                    mismatch.add("constructor-arg " + (i + 1) + " ref '" + ref + "' is a " + target.type()
                            + ", the parameter needs " + paramType);
                }
            }
            if (mismatch.isEmpty()) {
                return;
            }
            if (firstMismatch == null) {
                firstMismatch = mismatch;
            }
        }
        firstMismatch.forEach(m -> problems.add(where + ": " + m));
    }

    private void checkService(Element service) {
        String file = "META-INF/spring";
        String ref = Descriptors.attr(service, "ref");
        List<String> interfaces = new ArrayList<>();
        Optional.ofNullable(Descriptors.attr(service, "interface")).ifPresent(interfaces::add);
        for (Element list : Descriptors.children(service, "interfaces")) {
            Descriptors.children(list, "value").forEach(v -> interfaces.add(v.getTextContent().trim()));
        }
        if (interfaces.isEmpty()) {
            problems.add(file + ": <osgi:service ref=\"" + ref + "\"> names no interface");
        }
        String type;
        if (ref != null) {
            Provided target = provided.get(ref);
            if (target == null) {
                problems.add(file + ": <osgi:service ref=\"" + ref + "\"> refers to no declared bean");
                return;
            }
            type = target.type();
        } else {
            type = Descriptors.children(service, "bean").stream().map(b -> Descriptors.attr(b, "class")).findFirst().orElse(null);
        }
        for (String iface : interfaces) {
            checkHostType(file, "<osgi:service interface=\"" + iface + "\">", iface);
            if (type != null && !supertypes(type).contains(iface)) {
                problems.add(file + ": <osgi:service ref=\"" + ref + "\"> exports " + iface + " but " + type
                        + " does not implement it");
            }
        }
    }

    /** A type named in the XML that is not in the jar must come from the JDK or an imported host package. */
    private void checkHostType(String file, String where, String type) {
        if (jar.classes().contains(type) || type.startsWith("java.")) {
            return;
        }
        String pkg = ClassInfo.packageOf(type);
        if (!importedPackages.contains(pkg)) {
            problems.add(file + ": " + where + " names " + type + ", which is neither in the jar nor in an imported"
                    + " package (" + pkg + " is missing from Import-Package)");
        }
    }

    private Set<String> supertypes(String type) {
        return jar.classes().typeAndSupertypes(type, host);
    }

    /** The ids of all beans and references, by file, for messages and tests. */
    public Map<String, Set<String>> idsByFile() {
        return provided.values().stream().collect(Collectors.groupingBy(Provided::file, LinkedHashMap::new,
                Collectors.mapping(Provided::id, Collectors.toCollection(LinkedHashSet::new))));
    }
}
