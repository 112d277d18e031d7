package dev.postmortem.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.CglibSubclassingInstantiationStrategy;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.objenesis.ObjenesisStd;
import org.w3c.dom.Element;

/**
 * The plugin's wiring proven in a real Spring container, as the host's Spring extender and plugin framework use it.
 * <ol>
 * <li>All of {@code META-INF/spring/*.xml} of the built jar become one context ({@code Spring-Context: *}), parsed
 * with XSD validation and no network, with the jar's classes loaded from the jar (bundle-private, like OSGi) and
 * everything else from the test class path (the host stubs). {@code <osgi:reference>} is a test double of its
 * interface, {@code <osgi:service>} an export checked after start ({@link BlueprintTestNamespace}); a
 * {@code bundleContext} double is there as Gemini Blueprint provides one to every context.</li>
 * <li>{@code refresh()} creates every singleton: a missing bean, a wrong constructor-arg or an unsatisfiable
 * autowired constructor fails here.</li>
 * <li>Every class atlassian-plugin.xml names for the plugin container to build (module classes, conditions,
 * context providers, workflow condition/validator/function classes, AO upgrade tasks) and, with a REST module, every
 * {@code @Path}/{@code @Provider} class of the jar is built by constructor autowiring from that context: a missing
 * type or two candidates without a primary fail.</li>
 * </ol>
 * The host stubs have no behaviour (they throw UnsupportedOperationException): when a bean's construction runs into
 * one after its arguments were resolved, the wiring is proven and the check stands in a double (or an instance made
 * without running the constructor) and notes it, rather than failing.
 */
public final class SpringContainerCheck {

    /** Elements whose text is a class the plugin container builds (AO entities are interfaces, not built). */
    private static final Set<String> CLASS_ELEMENTS = Set.of("condition-class", "validator-class", "function-class",
            "upgradeTask");
    /** Modules a transformerless plugin does not process (DescriptorCheck reports them): nothing is built for them. */
    private static final Set<String> NOT_BUILT = Set.of("component", "component-import", "module-type", "resource");

    /**
     * What the check did.
     *
     * @param problems   why the wiring would fail in the host; empty when it would not
     * @param beans      names of the context's beans after refresh (bean definitions and registered singletons)
     * @param references how many {@code <osgi:reference>}s the XML declares
     * @param built      the module and REST classes built by constructor autowiring, each with where it was named
     * @param notes      what the check could not prove here and why (host classes, host stubs called)
     */
    public record Result(List<String> problems, List<String> beans, int references, List<String> built,
                         List<String> notes) {

        public String summary() {
            StringBuilder text = new StringBuilder("Spring context: " + beans.size() + " beans (" + references
                    + " osgi:reference doubles); built by constructor autowiring: " + built.size() + " ("
                    + built.stream().map(b -> b.substring(b.lastIndexOf(' ') + 1)).distinct().count() + " classes)");
            built.forEach(b -> text.append("\n  built ").append(b));
            notes.forEach(n -> text.append("\n  note: ").append(n));
            problems.forEach(p -> text.append("\n  PROBLEM: ").append(p));
            return text.toString();
        }
    }

    private record ModuleClass(String where, String className) {
    }

    private final PluginJar jar;
    private final ClassIndex host;
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> built = new ArrayList<>();

    private SpringContainerCheck(PluginJar jar, ClassIndex host) {
        this.jar = jar;
        this.host = host;
    }

    /** @param host the host stubs: classes that stand for the host's and whose methods throw */
    public static Result run(PluginJar jar, ClassIndex host) {
        return new SpringContainerCheck(jar, host).run();
    }

    public static List<String> problems(PluginJar jar, ClassIndex host) {
        return run(jar, host).problems();
    }

    private Result run() {
        if (jar.springXml().isEmpty()) {
            return new Result(List.of("No Spring XML in " + PluginJar.SPRING_DIR), List.of(), 0, List.of(), List.of());
        }
        try (BundleClassLoader loader = new BundleClassLoader(jar, SpringContainerCheck.class.getClassLoader());
             GenericApplicationContext context = new GenericApplicationContext()) {
            BlueprintTestNamespace blueprint = new BlueprintTestNamespace(loader);
            List<String> beans = List.of();
            if (start(context, loader, blueprint)) {
                beans = new ArrayList<>(List.of(context.getBeanDefinitionNames()));
                if (context.getBeanFactory().containsSingleton("bundleContext")) {
                    beans.add("bundleContext");
                }
                checkExports(context, loader, blueprint);
                moduleClasses().forEach(m -> build(context, loader, m));
            }
            return new Result(List.copyOf(problems), List.copyOf(beans), blueprint.references(), List.copyOf(built),
                    List.copyOf(notes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads every Spring XML file into one context and refreshes it; false (and a problem) when it does not start. */
    private boolean start(GenericApplicationContext context, ClassLoader loader, BlueprintTestNamespace blueprint) {
        context.setDisplayName("Spring context of " + jar.path().getFileName());
        context.setClassLoader(loader);
        context.getBeanFactory().setBeanClassLoader(loader);
        context.setAllowBeanDefinitionOverriding(false);
        context.getDefaultListableBeanFactory().setInstantiationStrategy(new StubTolerantInstantiation());
        bundleContextType(loader).ifPresent(type -> context.getBeanFactory().registerSingleton("bundleContext",
                TestDoubles.of(type, "bundleContext, as Gemini Blueprint provides it")));
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_XSD);
        reader.setEntityResolver(BlueprintTestNamespace.offlineSchemas());
        DefaultNamespaceHandlerResolver others = new DefaultNamespaceHandlerResolver(loader);
        reader.setNamespaceHandlerResolver(uri -> BlueprintTestNamespace.URI.equals(uri) ? blueprint : others.resolve(uri));
        try {
            for (String file : jar.springXml().keySet()) {
                byte[] xml = jar.bytes(file).orElseThrow();
                reader.loadBeanDefinitions(new ByteArrayResource(xml, file + " in " + jar.path().getFileName()));
            }
            context.refresh();
            return true;
        } catch (RuntimeException | LinkageError e) {
            problems.add("The Spring context does not start: " + describe(e));
            return false;
        }
    }

    /** Gemini Blueprint registers the bundle's BundleContext as "bundleContext"; only when the OSGi API is here. */
    private static Optional<Class<?>> bundleContextType(ClassLoader loader) {
        try {
            return Optional.of(Class.forName("org.osgi.framework.BundleContext", false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Each {@code <osgi:service>} exports an existing bean that implements every interface it is exported under. */
    private void checkExports(GenericApplicationContext context, ClassLoader loader, BlueprintTestNamespace blueprint) {
        for (BlueprintTestNamespace.Export export : blueprint.exports()) {
            String where = export.file() + ": <osgi:service ref=\"" + export.ref() + "\">";
            if (!context.containsBean(export.ref())) {
                problems.add(where + " exports a bean nobody declares");
                continue;
            }
            Object bean = context.getBean(export.ref());
            for (String name : export.interfaces()) {
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (!type.isInstance(bean)) {
                        problems.add(where + " exports " + name + ", which " + bean.getClass().getName()
                                + " does not implement");
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add(where + " exports " + name + ", which is not on the classpath");
                }
            }
        }
    }

    /** The classes atlassian-plugin.xml names for the plugin container to build, then the REST classes. */
    private List<ModuleClass> moduleClasses() {
        List<ModuleClass> result = new ArrayList<>();
        Element root = jar.descriptor().getDocumentElement();
        for (Element e : Descriptors.elements(root)) {
            String name = Descriptors.name(e);
            if (e == root || NOT_BUILT.contains(name) || "entity".equals(name)) {
                continue;
            }
            String className = CLASS_ELEMENTS.contains(name) ? e.getTextContent().trim()
                    : Descriptors.webworkActionClass(e) != null ? Descriptors.webworkActionClass(e)
                    : Descriptors.attr(e, "class");
            if (className != null && !className.isEmpty()) {
                boolean itself = e.getParentNode() == root;
                result.add(new ModuleClass(Descriptors.where(e) + (itself ? "" : " <" + name + ">"), className));
            }
        }
        if (!Descriptors.children(root, "rest").isEmpty()) {
            for (ClassInfo c : jar.classes().all()) {
                if (c.isConcrete() && (c.annotations().contains("jakarta.ws.rs.Path")
                        || c.annotations().contains("jakarta.ws.rs.ext.Provider"))) {
                    result.add(new ModuleClass("REST resource", c.name()));
                }
            }
        }
        return result;
    }

    private void build(GenericApplicationContext context, ClassLoader loader, ModuleClass module) {
        String className = module.className();
        if (className.startsWith("bean:")) {
            // SpringModuleCreator: "bean:<id>" names a bean of the context instead of a class to build
            String id = className.substring("bean:".length());
            if (!context.containsBean(id)) {
                problems.add(module.where() + " names " + className + ", but the context has no bean '" + id + "'");
            }
            return;
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            if (jar.classes().contains(className)) {
                problems.add(module.where() + ": " + className + " is in the jar but does not load: " + e);
            } else {
                notes.add(module.where() + ": " + className + " is a host class, not buildable here (not on the test"
                        + " class path)");
            }
            return;
        }
        if (!jar.classes().contains(className) && type.getConstructors().length == 0) {
            notes.add(module.where() + ": " + className + " is a host class, not buildable here (the stubs declare no"
                    + " public constructor; the host builds it with its own)");
            return;
        }
        try {
            Object instance = createLikeThePluginFramework(context, type);
            if (!type.isInstance(instance)) {
                problems.add(module.where() + ": building " + className + " gave a " + instance.getClass().getName());
                return;
            }
            built.add(module.where() + " " + className);
        } catch (RuntimeException | LinkageError e) {
            problems.add(module.where() + ": " + className + " cannot be built by constructor autowiring from the"
                    + " Spring context: " + describe(e));
        }
    }

    /**
     * atlassian-plugins-osgi DefaultSpringContainerAccessor#createBean calls exactly this (mode 3 = AUTOWIRE_CONSTRUCTOR)
     * unless -Dcom.atlassian.plugin.legacy.wiring.autodetection.mode is set; deprecated in Spring 6.1, not removed.
     */
    @SuppressWarnings("deprecation")
    private static Object createLikeThePluginFramework(GenericApplicationContext context, Class<?> type) {
        return context.getAutowireCapableBeanFactory().createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR,
                false);
    }

    /** Spring's message and every cause's that adds something, on one line. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        Set<Throwable> seen = new LinkedHashSet<>();
        for (Throwable cause = e.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message == null) {
                text.append(" <- ").append(cause.getClass().getName());
            } else if (!text.toString().contains(message)) {
                text.append(" <- ").append(message);
            }
        }
        return text.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Spring's default instantiation, except when a host stub throws UnsupportedOperationException in the middle:
     * the arguments were resolved (the wiring holds), only the stub has no behaviour. A factory method's result is
     * then a double of its return type (or an instance made without a constructor), a constructor's instance is made
     * without running the constructor; either is noted.
     */
    private final class StubTolerantInstantiation extends CglibSubclassingInstantiationStrategy {

        private final ObjenesisStd objenesis = new ObjenesisStd();

        @Override
        public Object instantiate(RootBeanDefinition bd, String beanName, BeanFactory owner) {
            try {
                return super.instantiate(bd, beanName, owner);
            } catch (BeanInstantiationException e) {
                return standIn(e, beanName, bd.getBeanClass(), bd.getBeanClass().getName() + "()");
            }
        }

        @Override
        public Object instantiate(RootBeanDefinition bd, String beanName, BeanFactory owner, Constructor<?> ctor,
                                  Object... args) {
            try {
                return super.instantiate(bd, beanName, owner, ctor, args);
            } catch (BeanInstantiationException e) {
                return standIn(e, beanName, ctor.getDeclaringClass(), ctor.toString());
            }
        }

        @Override
        public Object instantiate(RootBeanDefinition bd, String beanName, BeanFactory owner, Object factoryBean,
                                  Method factoryMethod, Object... args) {
            try {
                return super.instantiate(bd, beanName, owner, factoryBean, factoryMethod, args);
            } catch (BeanInstantiationException e) {
                return standIn(e, beanName, factoryMethod.getReturnType(), factoryMethod.toString());
            }
        }

        private Object standIn(BeanInstantiationException e, String beanName, Class<?> type, String what) {
            StackTraceElement stub = stubThatThrew(e).orElseThrow(() -> e);
            Object standIn = type.isInterface()
                    ? TestDoubles.of(type, "stands in for the result of " + what)
                    : objenesis.newInstance(type);
            notes.add(beanLabel(beanName, type) + ": " + what
                    + " calls the host stub " + stub.getClassName() + "#" + stub.getMethodName()
                    + ", which has no behaviour; wiring resolved, a " + (type.isInterface() ? "double of " : "bare ")
                    + type.getName() + " stands in");
            return standIn;
        }

        /** "bean 'id'", or for an inner bean (Spring names it class#hash) "an inner bean of class". */
        private static String beanLabel(String beanName, Class<?> type) {
            if (beanName == null) {
                return type.getName();
            }
            int hash = beanName.indexOf('#');
            return hash < 0 ? "bean '" + beanName + "'" : "an inner bean of " + beanName.substring(0, hash);
        }

        /** Where the innermost cause was thrown, when it is an UnsupportedOperationException thrown by a stub. */
        private Optional<StackTraceElement> stubThatThrew(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (!(root instanceof UnsupportedOperationException) || root.getStackTrace().length == 0) {
                return Optional.empty();
            }
            StackTraceElement top = root.getStackTrace()[0];
            String owner = top.getClassName();
            int inner = owner.indexOf('$');
            return host.contains(inner < 0 ? owner : owner.substring(0, inner)) ? Optional.of(top) : Optional.empty();
        }
    }

    /**
     * The bundle's class space: the jar's own classes from the jar even when the test class path has a copy (the
     * plugin's target/classes, the core), like a bundle's private packages; everything else (the host stubs, the
     * JDK, Spring) from the parent, like imported packages.
     */
    static final class BundleClassLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final PluginJar jar;

        BundleClassLoader(PluginJar jar, ClassLoader parent) {
            super(new URL[] {url(jar)}, parent);
            this.jar = jar;
        }

        private static URL url(PluginJar jar) {
            try {
                return jar.path().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!jar.has(name.replace('.', '/') + ".class")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
