package dev.postmortem.jira.soak;

import com.atlassian.cache.CacheSettings;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.setup.EnsureDefaultSoakPolicy;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.SoakPolicyStore;
import dev.postmortem.testsupport.InMemoryCacheManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.FileSystemResource;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The shipped Spring XML gives every user of the soak policy store the cache-invalidating decorator: a bean that
 * wrote through the plain Active Objects store would leave the gate enforcing an old policy until the cache expired.
 */
class SoakPolicyStoreWiringTest {

    private static final String PLAIN_STORE = "aoSoakPolicyStore";
    /** The only beans that may use the plain store: the cache (its loader reads it) and the decorator. */
    private static final Set<String> PLAIN_STORE_USERS = Set.of("soakRecords", "soakPolicyStore");

    @Test
    void onlyTheCacheAndTheDecoratorReferThePlainStore() throws Exception {
        Set<String> users = new TreeSet<>();
        for (Path file : springXml()) {
            Element beans = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(file.toFile())
                    .getDocumentElement();
            for (Element top : children(beans)) {
                if (refersTo(top, PLAIN_STORE)) {
                    // An <alias> or anything else that is not a bean counts as a user too.
                    users.add("bean".equals(top.getLocalName()) ? top.getAttribute("id")
                            : "<" + top.getLocalName() + "> in " + file.getFileName());
                }
            }
        }

        assertThat(users).isEqualTo(new TreeSet<>(PLAIN_STORE_USERS));
    }

    @Test
    void theDecoratorIsTheOnlyStoreThatAutowiringOrAReferenceByIdCanFind() throws Exception {
        DefaultListableBeanFactory beans = definitions();

        List<String> candidates = new ArrayList<>();
        for (String name : beans.getBeanDefinitionNames()) {
            String type = beans.getBeanDefinition(name).getBeanClassName();
            if (type != null && isStore(type) && beans.getBeanDefinition(name).isAutowireCandidate()) {
                candidates.add(name);
            }
        }

        assertThat(candidates).containsExactly("soakPolicyStore");
        assertThat(beans.getBeanDefinition("soakPolicyStore").getBeanClassName())
                .isEqualTo(InvalidatingSoakPolicyStore.class.getName());
    }

    @Test
    void aSiteDefaultWrittenBySetupInvalidatesTheGatesCachedPolicies() throws Exception {
        DefaultListableBeanFactory beans = definitions();
        CountingStore plain = new CountingStore();
        // Host services and Active Objects stand in; everything between them is the shipped wiring.
        beans.removeBeanDefinition(PLAIN_STORE);
        beans.registerSingleton(PLAIN_STORE, plain);
        beans.removeBeanDefinition("overrideLog");
        beans.registerSingleton("overrideLog", mock(OverrideLog.class));
        beans.registerSingleton("cacheManager", new InMemoryCacheManager());
        beans.getBeanDefinition("soakRecords").getConstructorArgumentValues()
                .addIndexedArgumentValue(1, mock(CacheSettings.class));
        CachedSoakRecords gateCache = beans.getBean("soakRecords", CachedSoakRecords.class);
        EnsureDefaultSoakPolicy setup = beans.getBean("ensureDefaultSoakPolicy", EnsureDefaultSoakPolicy.class);
        gateCache.policyFor(7L);
        gateCache.policyFor(7L);
        assertThat(plain.projectReads).as("the gate's policy is cached").isEqualTo(1);

        setup.ensure();

        assertThat(plain.site).contains(SoakPolicy.DEFAULT);
        assertThat(gateCache.policyFor(7L)).isEqualTo(SoakPolicy.DEFAULT);
        assertThat(plain.projectReads).as("the cached policy was dropped and read again").isEqualTo(2);
    }

    private static boolean isStore(String className) {
        try {
            return SoakPolicyStore.class.isAssignableFrom(Class.forName(className));
        } catch (ClassNotFoundException hostClassNotInTests) {
            return false;
        }
    }

    /** Bean definitions of all the shipped Spring XML files, nothing created; the OSGi elements are left out. */
    private static DefaultListableBeanFactory definitions() throws Exception {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(beans);
        // No schema validation (the Blueprint schema is not on the class path; the jar checks validate), so no network.
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        DefaultNamespaceHandlerResolver spring = new DefaultNamespaceHandlerResolver();
        NamespaceHandler ignored = new NamespaceHandler() {
            @Override
            public void init() {
            }

            @Override
            public org.springframework.beans.factory.config.BeanDefinition parse(Element element,
                    org.springframework.beans.factory.xml.ParserContext context) {
                return null;
            }

            @Override
            public org.springframework.beans.factory.config.BeanDefinitionHolder decorate(Node node,
                    org.springframework.beans.factory.config.BeanDefinitionHolder definition,
                    org.springframework.beans.factory.xml.ParserContext context) {
                return definition;
            }
        };
        reader.setNamespaceHandlerResolver(uri -> uri.contains("gemini/blueprint") ? ignored : spring.resolve(uri));
        for (Path file : springXml()) {
            reader.loadBeanDefinitions(new FileSystemResource(file));
        }
        return beans;
    }

    private static List<Path> springXml() throws IOException, URISyntaxException {
        Path dir = Path.of(SoakPolicyStoreWiringTest.class.getResource("/META-INF/spring/postmortem-soak.xml").toURI())
                .getParent();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> xml = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
            assertThat(xml).hasSizeGreaterThan(5);
            return xml;
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    /** Whether an attribute of the element or of one inside it names the bean (ref, bean, depends-on, alias…). */
    private static boolean refersTo(Element element, String beanName) {
        if (attributeNames(element, beanName)) {
            return true;
        }
        NodeList inside = element.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < inside.getLength(); i++) {
            if (attributeNames((Element) inside.item(i), beanName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean attributeNames(Element element, String beanName) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            boolean definesTheBeanItself = "id".equals(name) && "bean".equals(element.getLocalName())
                    && element.getParentNode() == element.getOwnerDocument().getDocumentElement();
            if (!definesTheBeanItself && !"class".equals(name)
                    && List.of(attribute.getNodeValue().split("[,; ]+")).contains(beanName)) {
                return true;
            }
        }
        return false;
    }

    /** The Active Objects store's stand-in: what was saved is read back; counts the reads of project policies. */
    private static final class CountingStore implements SoakPolicyStore {
        final Map<Long, SoakPolicy> projects = new HashMap<>();
        Optional<SoakPolicy> site = Optional.empty();
        int projectReads;

        @Override
        public Optional<SoakPolicy> siteDefault() {
            return site;
        }

        @Override
        public void saveSiteDefault(SoakPolicy policy) {
            site = Optional.of(policy);
        }

        @Override
        public Optional<SoakPolicy> forProject(long projectId) {
            projectReads++;
            return Optional.ofNullable(projects.get(projectId));
        }

        @Override
        public void saveForProject(long projectId, SoakPolicy policy) {
            projects.put(projectId, policy);
        }

        @Override
        public boolean removeForProject(long projectId) {
            return projects.remove(projectId) != null;
        }
    }
}
