package dev.postmortem.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * Installs the jar into a real OSGi framework (Apache Felix) whose system bundle exports the host's packages, and
 * starts it: the bundle must resolve (every Import-Package wired) and every class in it must load. Spring is not
 * started (the host's extender does that), so this proves the bundle's wiring to the host, not its beans.
 */
public final class OsgiResolution {

    private OsgiResolution() {
    }

    public static List<String> problems(Path jar, HostPackages host) {
        Path storage = tempDir();
        Framework framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, host.asSystemPackagesExtra(),
                "felix.log.level", "1"));
        List<String> problems = new ArrayList<>();
        try {
            framework.start();
            Bundle bundle = framework.getBundleContext().installBundle(jar.toUri().toString());
            try {
                bundle.start();
            } catch (BundleException e) {
                problems.add("The bundle does not resolve in Felix with the " + host.product() + " host packages: "
                        + e.getMessage());
                problems.addAll(unsatisfiedImports(framework, bundle, host));
                return problems;
            }
            if (bundle.getState() != Bundle.ACTIVE) {
                problems.add("The bundle started but is in state " + bundle.getState() + ", not ACTIVE");
            }
            for (ClassInfo c : PluginJar.open(jar).classes().all()) {
                try {
                    bundle.loadClass(c.name());
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add("Class " + c.name() + " does not load in the bundle: " + e);
                }
            }
        } catch (BundleException e) {
            problems.add("Felix could not install the bundle: " + e.getMessage());
        } finally {
            stop(framework);
            delete(storage);
        }
        return problems;
    }

    /** Felix names one missing package at a time; list every mandatory import the system bundle cannot satisfy. */
    private static List<String> unsatisfiedImports(Framework framework, Bundle bundle, HostPackages host) {
        Map<String, List<Version>> exported = new HashMap<>();
        for (BundleCapability c : framework.adapt(BundleRevision.class)
                .getDeclaredCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
            Object version = c.getAttributes().get(Constants.VERSION_ATTRIBUTE);
            exported.computeIfAbsent((String) c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE),
                    k -> new ArrayList<>()).add(version instanceof Version v ? v : Version.emptyVersion);
        }
        List<String> missing = new ArrayList<>();
        for (OsgiHeader.Clause clause : OsgiHeader.parse(bundle.getHeaders().get(Constants.IMPORT_PACKAGE))) {
            if (clause.isOptional()) {
                continue;
            }
            VersionRange range = new VersionRange(clause.attributes().getOrDefault("version", "0.0.0"));
            for (String pkg : clause.paths()) {
                List<Version> versions = exported.getOrDefault(pkg, List.of());
                if (versions.isEmpty()) {
                    missing.add("Import " + pkg + " is not exported by the " + host.product()
                            + " host (add it to its host-packages list if the host really exports it)");
                } else if (versions.stream().noneMatch(range::includes)) {
                    missing.add("Import " + pkg + " " + range + " does not match the " + host.product()
                            + " host's export " + versions);
                }
            }
        }
        return missing;
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException e) {
            throw new IllegalStateException("Felix did not stop", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("felix-plugin-check");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete Felix storage " + dir, e);
        }
    }
}
