package dev.postmortem.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The core's boundary: plain Java plus its declared libraries (Jackson for JSON, Velocity for the summary
 * templates, and SLF4J, which Velocity's extension points expose), never a host type, and feature packages
 * that do not depend on each other in a circle.
 * <p>
 * The rules are checked from {@code @ArchTest} methods, not fields: Surefire 3.5.3 silently skips
 * {@code @ArchTest} fields (TNG/ArchUnit#1442), which would make this test pass without checking anything.
 */
@AnalyzeClasses(packages = "dev.postmortem.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final ArchRule CORE_DEPENDS_ONLY_ON_JAVA_AND_ITS_LIBRARIES = classes()
            .that().resideInAPackage("dev.postmortem.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "dev.postmortem.core..", "com.fasterxml.jackson..", "org.apache.velocity..", "org.slf4j..")
            .because("the core decides without a host; the Jira and Confluence modules adapt to it");

    static final ArchRule NO_HOST_TYPE_IN_CORE = noClasses()
            .that().resideInAPackage("dev.postmortem.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "javax..", "jakarta..")
            .because("hosts differ (Jira, Confluence, javax vs jakarta); the core must run in both and in tests");

    static final ArchRule FEATURE_PACKAGES_FREE_OF_CYCLES = slices()
            .matching("dev.postmortem.core.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule ONLY_THE_HTML_PACKAGE_USES_VELOCITY = noClasses()
            .that().resideOutsideOfPackage("dev.postmortem.core.html..")
            .and().resideInAPackage("dev.postmortem.core..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.velocity..")
            .because("the html package owns the embedded, escaping Velocity engine; its API exposes no Velocity type");

    @ArchTest
    void coreDependsOnlyOnJavaItselfAndItsDeclaredLibraries(JavaClasses core) {
        CORE_DEPENDS_ONLY_ON_JAVA_AND_ITS_LIBRARIES.check(core);
    }

    @ArchTest
    void noAtlassianOrServletTypeAnywhereInCore(JavaClasses core) {
        NO_HOST_TYPE_IN_CORE.check(core);
    }

    @ArchTest
    void featurePackagesAreFreeOfCycles(JavaClasses core) {
        FEATURE_PACKAGES_FREE_OF_CYCLES.check(core);
    }

    @ArchTest
    void onlyTheHtmlPackageUsesTheTemplateEngine(JavaClasses core) {
        ONLY_THE_HTML_PACKAGE_USES_VELOCITY.check(core);
    }

    @ArchTest
    void theRulesSeeTheWholeCore(JavaClasses core) {
        // Guards against an import that silently finds nothing (a wrong package or option makes every rule pass).
        if (!core.contain("dev.postmortem.core.summary.SummaryRenderer")
                || !core.contain("dev.postmortem.core.narrative.FailureClass")) {
            throw new AssertionError("ArchUnit did not import the core classes");
        }
    }
}
