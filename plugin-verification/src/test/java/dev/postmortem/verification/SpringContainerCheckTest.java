package dev.postmortem.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture plugin's Spring XML started in the real Spring container, and its module classes built by constructor
 * autowiring: the valid fixture passes, and each broken wiring fails with a message that names what is wrong.
 */
class SpringContainerCheckTest {

    private static final String HOST_XML = "META-INF/spring/host-services.xml";
    private static final String FIXTURE_XML = "META-INF/spring/postmortem-fixture.xml";
    private static final String FIELD_TYPE = "dev/postmortem/fixture/FieldType.java";
    private static final String FIELD_MODULE = "<customfield-type key=\"field\">";

    @TempDir
    Path dir;

    private SpringContainerCheck.Result check(FixtureJar fixture) {
        return SpringContainerCheck.run(fixture.build(dir), PluginJarChecksTest.hostStubs());
    }

    @Test
    void aCorrectPluginStartsAndItsModuleClassIsBuiltFromTheContext() {
        SpringContainerCheck.Result result = check(FixtureJar.valid());

        assertThat(result.problems()).isEmpty();
        assertThat(result.beans()).containsExactlyInAnyOrder("hostMessages", "clock", "texts", "starter",
                "bundleContext");
        assertThat(result.references()).isEqualTo(1);
        assertThat(result.built()).containsExactly(FIELD_MODULE + " dev.postmortem.fixture.FieldType");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void aRefToABeanNobodyDeclaresFailsTheStart() {
        SpringContainerCheck.Result result = check(FixtureJar.valid()
                .edit(FIXTURE_XML, "<constructor-arg ref=\"hostMessages\"/>", "<constructor-arg ref=\"hostMesages\"/>"));

        assertThat(result.problems()).singleElement().asString()
                .startsWith("The Spring context does not start")
                .contains("'texts'", "'hostMesages'");
        assertThat(result.built()).isEmpty();
    }

    @Test
    void aConstructorArgTooManyFailsTheStart() {
        SpringContainerCheck.Result result = check(FixtureJar.valid().edit(FIXTURE_XML,
                "<constructor-arg ref=\"hostMessages\"/>", "<constructor-arg ref=\"hostMessages\"/><constructor-arg ref=\"clock\"/>"));

        assertThat(result.problems()).singleElement().asString()
                .contains("'texts'", "dev.postmortem.fixture.Texts", "Could not resolve matching constructor");
    }

    @Test
    void aModuleClassWithTwoCandidatesAndNoPrimaryIsAmbiguous() {
        SpringContainerCheck.Result result = check(FixtureJar.valid()
                .edit(HOST_XML, "<osgi:reference id=\"hostMessages\"", "<osgi:reference id=\"otherMessages\""
                        + " interface=\"com.example.host.MessageSource\"/><osgi:reference id=\"hostMessages\"")
                .edit(FIELD_TYPE, "public FieldType(Texts texts)",
                        "public FieldType(Texts texts, com.example.host.MessageSource messages)"));

        assertThat(result.problems()).singleElement().asString()
                .startsWith(FIELD_MODULE + ": dev.postmortem.fixture.FieldType cannot be built by constructor autowiring")
                .contains("com.example.host.MessageSource", "expected single matching bean but found 2",
                        "otherMessages", "hostMessages");
    }

    @Test
    void aPrimaryBeanSettlesTwoCandidates() {
        SpringContainerCheck.Result result = check(FixtureJar.valid()
                .edit(FIXTURE_XML, "<bean id=\"clock\"", "<bean id=\"texts2\" class=\"dev.postmortem.fixture.Texts\""
                        + " primary=\"true\"><constructor-arg ref=\"hostMessages\"/></bean><bean id=\"clock\""));

        assertThat(result.problems()).isEmpty();
        assertThat(result.built()).hasSize(1);
    }

    @Test
    void aModuleClassNeedingATypeNobodyProvidesIsReported() {
        SpringContainerCheck.Result result = check(FixtureJar.valid().edit(FIELD_TYPE, "public FieldType(Texts texts)",
                "public FieldType(Texts texts, com.example.host.Unwired unwired)"));

        assertThat(result.problems()).singleElement().asString()
                .startsWith(FIELD_MODULE + ": dev.postmortem.fixture.FieldType cannot be built")
                .contains("No qualifying bean of type 'com.example.host.Unwired'");
    }

    @Test
    void aRestResourceIsBuiltAndOneThatCannotBeWiredIsReported() {
        FixtureJar fixture = FixtureJar.valid()
                .source("jakarta/ws/rs/Path.java", "package jakarta.ws.rs; @java.lang.annotation.Retention("
                        + "java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Path { String value(); }")
                .source("dev/postmortem/fixture/TitleResource.java", """
                        package dev.postmortem.fixture;
                        @jakarta.ws.rs.Path("/title")
                        public class TitleResource {
                            public TitleResource(Texts texts, java.time.Clock clock) { }
                        }
                        """)
                .edit("atlassian-plugin.xml", "<velocity-allowlist", "<rest key=\"rest\" path=\"/f\" version=\"1.0\"/>"
                        + "<velocity-allowlist");

        assertThat(check(fixture).built()).contains("REST resource dev.postmortem.fixture.TitleResource");
        assertThat(check(fixture.edit("dev/postmortem/fixture/TitleResource.java", "java.time.Clock clock",
                "com.example.host.Unwired unwired")).problems()).singleElement().asString()
                .startsWith("REST resource: dev.postmortem.fixture.TitleResource cannot be built")
                .contains("com.example.host.Unwired");
    }

    @Test
    void aReferenceToAnInterfaceMissingFromTheClasspathFailsTheStart() {
        SpringContainerCheck.Result result = check(FixtureJar.valid().edit(HOST_XML, "<osgi:reference id=\"hostMessages\"",
                "<osgi:reference id=\"gone\" interface=\"com.example.host.Gone\"/><osgi:reference id=\"hostMessages\""));

        assertThat(result.problems()).singleElement().asString()
                .contains("<osgi:reference id=\"gone\">: interface com.example.host.Gone is not on the classpath");
    }

    @Test
    void optionalReferencesTimeoutsAndTheDefaultTimeoutAreAcceptedAndBundleContextIsInjectable() {
        SpringContainerCheck.Result result = check(FixtureJar.valid()
                .edit(HOST_XML, "<osgi:reference id=\"hostMessages\" interface=\"com.example.host.MessageSource\"/>",
                        "<osgi:reference id=\"hostMessages\" interface=\"com.example.host.MessageSource\""
                                + " availability=\"optional\" timeout=\"5000\"/>")
                .edit(HOST_XML, "gemini-blueprint.xsd\">", "gemini-blueprint.xsd\" osgi:default-timeout=\"30000\">")
                .edit(FIXTURE_XML, "<bean id=\"clock\"", "<bean id=\"bundleUser\" class=\"java.util.concurrent"
                        + ".atomic.AtomicReference\"><constructor-arg ref=\"bundleContext\"/></bean><bean id=\"clock\""));

        assertThat(result.problems()).isEmpty();
        assertThat(result.beans()).contains("bundleUser", "bundleContext");
    }

    @Test
    void anAttributeValueGeminiDoesNotKnowFailsValidation() {
        SpringContainerCheck.Result result = check(FixtureJar.valid().edit(HOST_XML,
                "interface=\"com.example.host.MessageSource\"/>",
                "interface=\"com.example.host.MessageSource\" availability=\"sometimes\"/>"));

        assertThat(result.problems()).singleElement().asString()
                .contains("host-services.xml", "sometimes");
    }

    @Test
    void aServiceExportingAnInterfaceItsBeanDoesNotImplementIsReported() {
        SpringContainerCheck.Result result = check(FixtureJar.valid().edit(FIXTURE_XML,
                "<osgi:service ref=\"starter\" interface=\"com.example.host.Lifecycle\"/>",
                "<osgi:service ref=\"texts\" interface=\"com.example.host.Lifecycle\"/>"));

        assertThat(result.problems()).singleElement().asString()
                .contains("<osgi:service ref=\"texts\"> exports com.example.host.Lifecycle, which"
                        + " dev.postmortem.fixture.Texts does not implement");
    }

    @Test
    void aHostClassWithoutPublicConstructorIsNotedAndOneWithAnUnsatisfiableConstructorIsReported() {
        FixtureJar fixture = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                "<customfield-searcher key=\"searcher\" class=\"com.example.host.HostOnly\"/><velocity-allowlist");

        SpringContainerCheck.Result hostOnly = check(fixture);
        assertThat(hostOnly.problems()).isEmpty();
        assertThat(hostOnly.notes()).singleElement().asString().isEqualTo("<customfield-searcher key=\"searcher\">:"
                + " com.example.host.HostOnly is a host class, not buildable here (the stubs declare no public"
                + " constructor; the host builds it with its own)");

        assertThat(check(fixture.edit("atlassian-plugin.xml", "com.example.host.HostOnly", "com.example.host.HostSearcher"))
                .problems()).singleElement().asString()
                .startsWith("<customfield-searcher key=\"searcher\">: com.example.host.HostSearcher cannot be built")
                .contains("com.example.host.Unwired");
    }

    @Test
    void aHostStubCalledWhileBuildingABeanIsStoodInForAndNoted() {
        SpringContainerCheck.Result result = check(FixtureJar.valid().edit(FIXTURE_XML, "<bean id=\"clock\"",
                "<bean id=\"defaults\" class=\"com.example.host.Stubbed\" factory-method=\"defaultSource\"/><bean id=\"clock\""));

        assertThat(result.problems()).isEmpty();
        assertThat(result.notes()).singleElement().asString()
                .startsWith("bean 'defaults': ")
                .contains("calls the host stub com.example.host.Stubbed#defaultSource",
                        "a double of com.example.host.MessageSource stands in");
    }
}
