package dev.postmortem.jira.host;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import java.util.Set;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** {@link OptionalFeatures} over a bundle context double that has every host service but the ones named. */
public final class TestFeatures {

    private TestFeatures() {
    }

    public static OptionalFeatures allOn() {
        return without();
    }

    /** @param missingServices interface names the double's registry does not have */
    public static OptionalFeatures without(String... missingServices) {
        Set<String> missing = Set.of(missingServices);
        BundleContext context = mock(BundleContext.class);
        ServiceReference<?> present = mock(ServiceReference.class);
        when(context.getServiceReference(anyString())).thenAnswer(call ->
                missing.contains(call.<String>getArgument(0)) ? null : present);
        return new OptionalFeatures(context);
    }
}
