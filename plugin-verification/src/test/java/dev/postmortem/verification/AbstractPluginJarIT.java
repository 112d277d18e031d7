package dev.postmortem.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks every plugin jar must pass, run by failsafe on the jar the package phase built. Each plugin module has
 * one {@code PluginJarIT extends AbstractPluginJarIT}; the pom passes the jar, the product and the stubs' location
 * as system properties (parent pom, failsafe configuration).
 */
public abstract class AbstractPluginJarIT {

    private static PluginJar jar;
    private static ClassIndex stubs;
    private static String product;

    @BeforeAll
    static void openBuiltJar() {
        jar = PluginJar.open(Path.of(required("plugin.jar")));
        stubs = ClassIndex.ofPath(Path.of(required("stubs.path")));
        product = required("plugin.product");
    }

    @Test
    void manifestMakesItATransformerlessPluginBundle() {
        assertThat(ManifestCheck.problems(jar)).isEmpty();
    }

    @Test
    void descriptorNamesOnlyClassesAndResourcesThatExistAndCanBeWired() {
        assertThat(DescriptorCheck.problems(jar, stubs)).isEmpty();
    }

    @Test
    void modulesHaveTheShapeAndClassTypesTheirDocumentationRequires() {
        assertThat(ModuleSchemaCheck.problems(jar, stubs)).isEmpty();
    }

    @Test
    void hostRenderedTemplatesCallOnlyAllowlistedMethods() {
        assertThat(VelocityAllowlistCheck.problems(jar)).isEmpty();
    }

    @Test
    void springXmlMatchesTheClasses() {
        assertThat(SpringWiring.problems(jar, stubs)).isEmpty();
    }

    @Test
    void springContextStartsAndBuildsEveryModuleClassByConstructorAutowiring() {
        SpringContainerCheck.Result result = SpringContainerCheck.run(jar, stubs);
        System.out.println(jar.path().getFileName() + ": " + result.summary());

        assertThat(result.problems()).isEmpty();
        assertThat(result.built()).isNotEmpty();
    }

    @Test
    void everyI18nKeyUsedExistsInEveryLocale() {
        assertThat(I18nCheck.problems(jar)).isEmpty();
    }

    @Test
    void containsNoStubTestLibraryOrHostClass() {
        assertThat(ContentCheck.problems(jar, stubs)).isEmpty();
    }

    @Test
    void everyPackageTheBytecodeUsesIsInsideOrImported() {
        assertThat(ContentCheck.unimportedReferences(jar)).isEmpty();
    }

    @Test
    void resolvesAndStartsInFelixWithTheHostPackages() {
        assertThat(OsgiResolution.problems(jar.path(), HostPackages.of(product))).isEmpty();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("System property " + property + " is not set (got '" + value
                    + "'): run through Maven failsafe in a plugin module (see the parent pom)");
        }
        return value;
    }
}
