package dev.postmortem.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

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
