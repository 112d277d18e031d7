package dev.postmortem.jira;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The Jira module's packages: one per feature (narrative, soak, process, summary, setup, decision, settings, ...),
 * shared host helpers in {@code host}, Active Objects in {@code storage}. Features may use host, storage and the core;
 * host and storage use no feature; setup, which every feature builds on, uses no feature either; nothing forms a
 * cycle. The rules name the shared packages, not the features, so a new feature is covered without listing it. Checked from
 * {@code @ArchTest} methods (Surefire skips {@code @ArchTest} fields, TNG/ArchUnit#1442).
 */
@AnalyzeClasses(packages = {"dev.postmortem.jira", "dev.postmortem.core"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class PackageStructureTest {

    /** Any class of the Jira module outside the given packages: a feature, whatever features exist. */
    private static DescribedPredicate<JavaClass> jiraOutside(String... packages) {
        return resideInAPackage("dev.postmortem.jira..").and(resideOutsideOfPackages(packages))
                .as("a feature package (dev.postmortem.jira.* other than " + String.join(", ", packages) + ")");
    }

    static final ArchRule NO_CYCLES = slices().matching("dev.postmortem.jira.(*)..").should().beFreeOfCycles();

    static final ArchRule STORAGE_USES_NO_FEATURE = noClasses().that().resideInAPackage("dev.postmortem.jira.storage..")
            .should().dependOnClassesThat(jiraOutside("dev.postmortem.jira.storage.."))
            .because("storage maps tables to core types; features build on it, never the reverse");

    static final ArchRule HOST_USES_NO_FEATURE = noClasses().that().resideInAPackage("dev.postmortem.jira.host..")
            .should().dependOnClassesThat(jiraOutside("dev.postmortem.jira.host..", "dev.postmortem.jira.storage.."))
            .because("host holds the helpers every feature shares");

    static final ArchRule SETUP_USES_NO_OTHER_FEATURE = noClasses().that().resideInAPackage("dev.postmortem.jira.setup..")
            .should().dependOnClassesThat(jiraOutside("dev.postmortem.jira.setup..", "dev.postmortem.jira.host..",
                    "dev.postmortem.jira.storage.."))
            .because("a feature that needs a setup step declares it in its own package (see EnsureNarrativeField)");

    static final ArchRule CORE_USES_NOTHING_OF_JIRA = noClasses().that().resideInAPackage("dev.postmortem.core..")
            .should().dependOnClassesThat().resideInAPackage("dev.postmortem.jira..")
            .because("features depend on the core, not the reverse");

    @ArchTest
    void featurePackagesAreFreeOfCycles(JavaClasses classes) {
        NO_CYCLES.check(classes);
    }

    @ArchTest
    void storageDependsOnNoFeature(JavaClasses classes) {
        STORAGE_USES_NO_FEATURE.check(classes);
    }

    @ArchTest
    void sharedHostHelpersDependOnNoFeature(JavaClasses classes) {
        HOST_USES_NO_FEATURE.check(classes);
    }

    @ArchTest
    void setupDependsOnNoOtherFeature(JavaClasses classes) {
        SETUP_USES_NO_OTHER_FEATURE.check(classes);
    }

    @ArchTest
    void theCoreDependsOnNothingOfTheJiraModule(JavaClasses classes) {
        CORE_USES_NOTHING_OF_JIRA.check(classes);
    }

    @ArchTest
    void theRulesSeeTheWholeModule(JavaClasses classes) {
        // Guards against an import that silently finds nothing (a wrong package makes every rule pass).
        for (String name : new String[] {"dev.postmortem.jira.soak.SoakGate", "dev.postmortem.jira.host.CallerAccess",
                "dev.postmortem.jira.summary.SummaryResource", "dev.postmortem.core.soak.SoakClock"}) {
            if (!classes.contain(name)) {
                throw new AssertionError("ArchUnit did not import " + name);
            }
        }
    }

}
