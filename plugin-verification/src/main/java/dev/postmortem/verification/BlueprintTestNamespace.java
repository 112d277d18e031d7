package dev.postmortem.verification;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.beans.factory.xml.PluggableSchemaResolver;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The Gemini Blueprint namespace ({@code osgi:}) as {@link SpringContainerCheck}'s container understands it; Gemini
 * itself has no Spring 6 build on Maven Central. {@code <osgi:reference>} becomes a singleton bean of the named
 * interface (a {@link TestDoubles test double}; the interface must be loadable), whatever its availability or
 * timeout. {@code <osgi:service>} is recorded as an {@link Export} for the check to verify after the context has
 * started. Any other element of the namespace fails: the check would have to learn it first.
 */
final class BlueprintTestNamespace implements NamespaceHandler {

    static final String URI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    /** A permissive stand-in for Gemini's XSD (the elements and attributes above), served instead of the network. */
    private static final String SCHEMA = "gemini-blueprint-test.xsd";

    /** An {@code <osgi:service>}: the bean it exports and the interfaces it exports it under. */
    record Export(String file, String ref, List<String> interfaces) {
    }

    private final ClassLoader loader;
    private final List<Export> exports = new ArrayList<>();
    private int references;

    BlueprintTestNamespace(ClassLoader loader) {
        this.loader = loader;
    }

    List<Export> exports() {
        return List.copyOf(exports);
    }

    int references() {
        return references;
    }

    @Override
    public void init() {
    }

    @Override
    public BeanDefinition parse(Element element, ParserContext context) {
        switch (Descriptors.name(element)) {
            case "reference" -> reference(element, context);
            case "service" -> service(element, context);
            default -> context.getReaderContext().error("<osgi:" + Descriptors.name(element) + "> is not supported"
                    + " by the test container (SpringContainerCheck): teach BlueprintTestNamespace what it means", element);
        }
        return null;
    }

    @Override
    public BeanDefinitionHolder decorate(Node source, BeanDefinitionHolder definition, ParserContext context) {
        context.getReaderContext().error("osgi:" + source.getLocalName() + " on <bean id=\"" + definition.getBeanName()
                + "\"> is not supported by the test container (SpringContainerCheck)", source);
        return definition;
    }

    private void reference(Element element, ParserContext context) {
        String id = Descriptors.attr(element, "id");
        List<String> interfaces = interfaces(element);
        String where = "<osgi:reference id=\"" + id + "\">";
        if (id == null || id.isEmpty() || interfaces.size() != 1) {
            context.getReaderContext().error(where + " needs an id and exactly one interface", element);
            return;
        }
        Class<?> type;
        try {
            type = ClassUtils.forName(interfaces.get(0), loader);
        } catch (ClassNotFoundException | LinkageError e) {
            context.getReaderContext().error(where + ": interface " + interfaces.get(0) + " is not on the classpath"
                    + " (neither in the jar nor among the host stubs): " + e, element);
            return;
        }
        if (!type.isInterface()) {
            context.getReaderContext().error(where + ": " + type.getName() + " is not an interface (OSGi services"
                    + " are proxied by interface)", element);
            return;
        }
        RootBeanDefinition bean = new RootBeanDefinition(type);
        bean.setInstanceSupplier(() -> TestDoubles.of(type, "<osgi:reference id=\"" + id + "\">"));
        bean.setTargetType(type);
        bean.setSource(context.extractSource(element));
        bean.setResourceDescription(context.getReaderContext().getResource().getDescription());
        context.getRegistry().registerBeanDefinition(id, bean);
        references++;
    }

    private void service(Element element, ParserContext context) {
        String ref = Descriptors.attr(element, "ref");
        List<Element> inner = Descriptors.children(element, "bean");
        if (ref == null && inner.size() == 1) {
            BeanDefinitionHolder holder = context.getDelegate().parseBeanDefinitionElement(inner.get(0));
            if (holder != null) {
                context.getRegistry().registerBeanDefinition(holder.getBeanName(), holder.getBeanDefinition());
                ref = holder.getBeanName();
            }
        }
        List<String> interfaces = interfaces(element);
        if (ref == null || interfaces.isEmpty() && Descriptors.attr(element, "auto-export") == null) {
            context.getReaderContext().error("<osgi:service ref=\"" + ref + "\"> needs a bean (ref or inner <bean>)"
                    + " and an interface", element);
            return;
        }
        exports.add(new Export(context.getReaderContext().getResource().getDescription(), ref, interfaces));
    }

    /** The interface attribute, or the values of an {@code <osgi:interfaces>} child. */
    private static List<String> interfaces(Element element) {
        List<String> result = new ArrayList<>();
        String single = Descriptors.attr(element, "interface");
        if (single != null && !single.isEmpty()) {
            result.add(single);
        }
        for (Element list : Descriptors.children(element, "interfaces")) {
            for (Element value : Descriptors.children(list, "value")) {
                result.add(value.getTextContent().trim());
            }
        }
        return result;
    }

    /**
     * Schemas without the network: Spring's own from its jars (META-INF/spring.schemas), Gemini's from
     * {@link #SCHEMA}; any other schema location fails the parse instead of being downloaded.
     */
    static EntityResolver offlineSchemas() {
        PluggableSchemaResolver spring = new PluggableSchemaResolver(BlueprintTestNamespace.class.getClassLoader());
        return (publicId, systemId) -> {
            if (systemId != null && systemId.matches("https?://www\\.eclipse\\.org/gemini/blueprint/schema/blueprint/.*\\.xsd")) {
                InputStream in = BlueprintTestNamespace.class.getResourceAsStream(SCHEMA);
                if (in == null) {
                    throw new IOException(SCHEMA + " is missing from plugin-verification");
                }
                InputSource source = new InputSource(in);
                source.setPublicId(publicId);
                source.setSystemId(systemId);
                return source;
            }
            InputSource source = spring.resolveEntity(publicId, systemId);
            if (source == null) {
                throw new SAXException("Schema " + systemId + " is neither Spring's nor Gemini Blueprint's: the test"
                        + " container does not download schemas (nor would the host)");
            }
            return source;
        };
    }
}
