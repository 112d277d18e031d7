package dev.postmortem.jira.host;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.postmortem.jira.account.AccountResource;
import dev.postmortem.jira.decision.DecisionResource;
import dev.postmortem.jira.incident.IncidentPostmortemResource;
import dev.postmortem.jira.narrative.NarrativeLintResource;
import dev.postmortem.jira.process.ProcessMetricsResource;
import dev.postmortem.jira.report.ProcessReportResource;
import dev.postmortem.jira.soak.SoakPolicyResource;
import dev.postmortem.jira.soak.SoakResource;
import dev.postmortem.jira.summary.SummaryResource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every resource method of the API declares its access, state changes accept JSON only (XSRF), and errors have one
 * way out: the one exception mapper.
 */
class RestConventionsTest {

    /** Every class of the module the REST scanner would take: all {@code @Path} classes, found, not listed. */
    private static final List<Class<?>> RESOURCES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.postmortem.jira").stream()
            .filter(type -> type.isAnnotatedWith(Path.class))
            .<Class<?>>map(JavaClass::reflect)
            .toList();

    @Test
    void theScanFindsEveryKnownResource() {
        // Guards against an import that silently finds nothing (every rule below would pass on an empty list).
        assertThat(RESOURCES).contains(SummaryResource.class, NarrativeLintResource.class, SoakPolicyResource.class,
                ProcessMetricsResource.class, SoakResource.class, AccountResource.class, DecisionResource.class,
                ProcessReportResource.class, IncidentPostmortemResource.class);
    }

    @Test
    void everyResourceMethodHasAnExplicitAccessAnnotation() {
        for (Method method : resourceMethods()) {
            assertThat(method.isAnnotationPresent(AnonymousSiteAccess.class)
                    || method.isAnnotationPresent(LicensedOnly.class))
                    .as("access annotation on %s", method).isTrue();
        }
        assertThat(resourceMethods()).hasSizeGreaterThanOrEqualTo(RESOURCES.size());
    }

    @Test
    void stateChangingMethodsConsumeJsonOnly() {
        for (Method method : resourceMethods()) {
            boolean changes = method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                    || method.isAnnotationPresent(DELETE.class);
            if (changes) {
                assertThat(method.getAnnotation(Consumes.class)).as("@Consumes on %s", method).isNotNull();
                assertThat(method.getAnnotation(Consumes.class).value()).containsExactly(MediaType.APPLICATION_JSON);
                assertThat(method.isAnnotationPresent(LicensedOnly.class)).as("licensed only: %s", method).isTrue();
            }
        }
    }

    @Test
    void resourcesArePathAnnotated() {
        RESOURCES.forEach(type -> assertThat(type.isAnnotationPresent(Path.class)).as(type.getName()).isTrue());
    }

    @Test
    void errorsBecomeAnswersInOnePlaceOnly() {
        List<String> mappers = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.postmortem.jira").stream()
                .filter(type -> type.isAssignableTo(ExceptionMapper.class))
                .map(JavaClass::getName)
                .toList();

        assertThat(mappers).containsExactly(RestErrorMapper.class.getName());
    }

    private static List<Method> resourceMethods() {
        return RESOURCES.stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class))
                .toList();
    }
}
