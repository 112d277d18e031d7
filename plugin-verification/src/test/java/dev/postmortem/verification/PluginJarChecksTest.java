package dev.postmortem.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar checks catch what they claim to: a fixture plugin jar built here passes every check, and each test breaks
 * one thing in it and expects the matching check to report exactly that.
 */
class PluginJarChecksTest {

    private static final HostPackages FIXTURE_HOST = HostPackages.of("fixture", List.of("com.example.host;version=1.0.0"));

    @TempDir
    Path dir;

    /** The fixture host interfaces, playing the part of atlassian-stubs. */
    static ClassIndex hostStubs() {
        Path host = FixtureJar.hostClasses().resolve("com/example/host");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(host)) {
            for (Path p : list.toList()) {
                files.put("com/example/host/" + p.getFileName(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ClassIndex.of(files);
    }

    @Test
    void aWellFormedPluginJarPassesEveryCheck() {
        Path file = FixtureJar.valid().buildFile(dir);
        PluginJar jar = PluginJar.open(file);

        assertThat(ManifestCheck.problems(jar)).isEmpty();
        assertThat(DescriptorCheck.problems(jar, hostStubs())).isEmpty();
        assertThat(ModuleSchemaCheck.problems(jar, hostStubs())).isEmpty();
        assertThat(SpringWiring.problems(jar, hostStubs())).isEmpty();
        assertThat(SpringContainerCheck.problems(jar, hostStubs())).isEmpty();
        assertThat(VelocityAllowlistCheck.problems(jar)).isEmpty();
        assertThat(I18nCheck.problems(jar)).isEmpty();
        assertThat(ContentCheck.problems(jar, hostStubs())).isEmpty();
        assertThat(ContentCheck.unimportedReferences(jar)).isEmpty();
        assertThat(OsgiResolution.problems(file, FIXTURE_HOST)).isEmpty();
    }

    @Nested
    class Manifest {

        @Test
        void aMissingPluginKeyHeaderIsReported() {
            PluginJar jar = FixtureJar.valid().header("Atlassian-Plugin-Key", null).build(dir);

            assertThat(ManifestCheck.problems(jar)).containsExactly(
                    "Manifest header Atlassian-Plugin-Key is missing (expected dev.postmortem.fixture)");
        }

        @Test
        void aSymbolicNameOtherThanThePluginKeyIsReported() {
            PluginJar jar = FixtureJar.valid().header("Bundle-SymbolicName", "fixture").build(dir);

            assertThat(ManifestCheck.problems(jar)).singleElement().asString()
                    .contains("Bundle-SymbolicName is 'fixture', expected 'dev.postmortem.fixture'");
        }

        @Test
        void importingTheHostsVelocityIsReported() {
            PluginJar jar = FixtureJar.valid()
                    .header("Import-Package", "com.example.host,org.apache.velocity;version=\"[1.6,2)\"").build(dir);

            assertThat(ManifestCheck.problems(jar)).singleElement().asString()
                    .startsWith("Import-Package must not contain org.apache.velocity");
        }

        @Test
        void aMissingSpringContextHeaderIsReported() {
            PluginJar jar = FixtureJar.valid().header("Spring-Context", null).build(dir);

            assertThat(ManifestCheck.problems(jar)).singleElement().asString().contains("Spring-Context is missing");
        }
    }

    @Nested
    class Descriptor {

        @Test
        void aModuleClassMissingFromTheJarIsReported() {
            PluginJar jar = FixtureJar.valid().without("dev/postmortem/fixture/FieldType.java")
                    .edit("dev/postmortem/fixture/View.java", "public final class", "public class").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).containsExactly(
                    "<customfield-type key=\"field\"> names dev.postmortem.fixture.FieldType, which is not in the jar");
        }

        @Test
        void aWebworkActionClassMissingFromTheJarIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    "<webwork1 key=\"page\"><actions><action name=\"dev.postmortem.fixture.Missing\" alias=\"Page\">"
                            + "<view name=\"success\">/templates/view.vm</view></action></actions></webwork1>"
                            + "<velocity-allowlist").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).containsExactly(
                    "<webwork1 key=\"page\"> <action> names dev.postmortem.fixture.Missing, which is not in the jar");
        }

        @Test
        void aModuleConstructorNeedingAnUnwiredServiceIsReported() {
            PluginJar jar = FixtureJar.valid().edit("dev/postmortem/fixture/FieldType.java",
                    "public FieldType(Texts texts)", "public FieldType(Texts texts, com.example.host.Unwired unwired)")
                    .build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).singleElement().asString()
                    .contains("parameter 2 (com.example.host.Unwired) of dev.postmortem.fixture.FieldType")
                    .contains("no bean or <osgi:reference> of that type");
        }

        @Test
        void aModuleConstructorWithTwoCandidateBeansIsReportedAsAmbiguous() {
            PluginJar jar = FixtureJar.valid().edit("META-INF/spring/postmortem-fixture.xml",
                    "<bean id=\"clock\"", "<bean id=\"texts2\" class=\"dev.postmortem.fixture.Texts\">"
                            + "<constructor-arg ref=\"hostMessages\"/></bean><bean id=\"clock\"").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).anySatisfy(p -> assertThat(p)
                    .contains("parameter 1 (dev.postmortem.fixture.Texts) of dev.postmortem.fixture.FieldType")
                    .contains("ambiguous"));
        }

        @Test
        void aHostModuleClassWhoseConstructorOurContextCannotSatisfyIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    "<customfield-searcher key=\"searcher\" class=\"com.example.host.HostSearcher\"/><velocity-allowlist")
                    .build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).singleElement().asString()
                    .startsWith("<customfield-searcher key=\"searcher\">: parameter 2 (com.example.host.Unwired)");
        }

        @Test
        void aHostClassFromAPackageTheBundleDoesNotImportIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    "<customfield-searcher key=\"searcher\" class=\"com.example.other.Searcher\"/><velocity-allowlist")
                    .build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).containsExactly("<customfield-searcher"
                    + " key=\"searcher\"> names com.example.other.Searcher, which is not in the jar nor in an imported package");
        }

        /** A REST module with one resource; the JAX-RS and access annotations are compiled in as stand-ins. */
        private FixtureJar withRest(String resourceBody) {
            return FixtureJar.valid()
                    .source("jakarta/ws/rs/Path.java", "package jakarta.ws.rs; @java.lang.annotation.Retention("
                            + "java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Path { String value(); }")
                    .source("jakarta/ws/rs/GET.java", "package jakarta.ws.rs; @java.lang.annotation.Retention("
                            + "java.lang.annotation.RetentionPolicy.RUNTIME) public @interface GET { }")
                    .source("jakarta/inject/Inject.java", "package jakarta.inject; @java.lang.annotation.Retention("
                            + "java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Inject { }")
                    .source("com/atlassian/plugins/rest/api/security/annotation/LicensedOnly.java",
                            "package com.atlassian.plugins.rest.api.security.annotation; @java.lang.annotation.Retention("
                                    + "java.lang.annotation.RetentionPolicy.RUNTIME) public @interface LicensedOnly { }")
                    .source("dev/postmortem/fixture/TitleResource.java", """
                            package dev.postmortem.fixture;
                            import jakarta.ws.rs.GET;
                            import jakarta.ws.rs.Path;
                            import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
                            @Path("/title")
                            public class TitleResource {
                                private final Texts texts;
                                @jakarta.inject.Inject public TitleResource(Texts texts) { this.texts = texts; }
                            """ + resourceBody + "}\n")
                    .edit("atlassian-plugin.xml", "<velocity-allowlist", "<rest key=\"rest\" path=\"/fixture\" version=\"1.0\"/>"
                            + "<velocity-allowlist");
        }

        @Test
        void aRestEndpointWithAnAccessAnnotationPasses() {
            PluginJar jar = withRest("@GET @LicensedOnly public String title() { return texts.title(); }").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).isEmpty();
        }

        @Test
        void aRestEndpointWithoutAnAccessAnnotationIsReported() {
            PluginJar jar = withRest("@GET public String title() { return texts.title(); }").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).containsExactly("REST endpoint"
                    + " dev.postmortem.fixture.TitleResource#title has no access annotation"
                    + " (e.g. com.atlassian.plugins.rest.api.security.annotation.LicensedOnly)");
        }

        @Test
        void aRestResourceWhoseConstructorLacksInjectIsReported() {
            PluginJar jar = withRest("@GET @LicensedOnly public String title() { return texts.title(); }")
                    .edit("dev/postmortem/fixture/TitleResource.java", "@jakarta.inject.Inject public TitleResource",
                            "public TitleResource").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).containsExactly("REST class"
                    + " dev.postmortem.fixture.TitleResource: constructor <init>(dev.postmortem.fixture.Texts) has"
                    + " parameters but no @jakarta.inject.Inject");
        }

        @Test
        void aRestResourceWithoutConstructorParametersNeedsNoInject() {
            PluginJar jar = withRest("@GET @LicensedOnly public String title() { return \"t\"; }")
                    .edit("dev/postmortem/fixture/TitleResource.java", "@jakarta.inject.Inject public TitleResource(Texts texts) { this.texts = texts; }",
                            "public TitleResource() { this.texts = null; }").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).isEmpty();
        }

        @Test
        void aRestResourceWhoseConstructorCannotBeWiredIsReported() {
            PluginJar jar = withRest("@GET @LicensedOnly public String title() { return texts.title(); }")
                    .edit("dev/postmortem/fixture/TitleResource.java", "public TitleResource(Texts texts)",
                            "public TitleResource(Texts texts, com.example.host.Unwired unwired)").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).singleElement().asString()
                    .startsWith("REST resource dev.postmortem.fixture.TitleResource: parameter 2 (com.example.host.Unwired)");
        }

        @Test
        void aMacroIconThatIsNoDownloadResourceIsReported() {
            FixtureJar fixture = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    "<resource type=\"download\" name=\"images/\" location=\"images/\"/>"
                            + "<xhtml-macro name=\"summary\" key=\"summary\" class=\"dev.postmortem.fixture.FieldType\""
                            + " icon=\"/download/resources/dev.postmortem.fixture/images/macro.png\"/><velocity-allowlist");

            assertThat(DescriptorCheck.problems(fixture.build(dir.resolve("a")), hostStubs())).containsExactly(
                    "<xhtml-macro key=\"summary\">: icon=\"/download/resources/dev.postmortem.fixture/images/macro.png\""
                            + " is not a download resource of this plugin");
            assertThat(DescriptorCheck.problems(fixture.resource("images/macro.png", "png").build(dir.resolve("b")),
                    hostStubs())).isEmpty();
        }

        @Test
        void aDuplicateModuleKeyIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist key=\"allowlist\"",
                    "<velocity-allowlist key=\"field\"").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs()))
                    .containsExactly("Module key \"field\" is used by more than one module");
        }

        @Test
        void aSearcherForAFieldTypeThisPluginDoesNotDeclareIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    "<customfield-searcher key=\"searcher\" class=\"com.example.host.MessageSource\">"
                            + "<valid-customfield-type package=\"dev.postmortem.fixture\" key=\"narrative\"/>"
                            + "</customfield-searcher><velocity-allowlist").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).containsExactly("<customfield-searcher"
                    + " key=\"searcher\"> names the field type dev.postmortem.fixture:narrative, which no"
                    + " <customfield-type> of this plugin declares");
        }

        @Test
        void aPrimaryBeanOrOneThatIsNoAutowireCandidateResolvesTheAmbiguity() {
            String twoTexts = "<bean id=\"texts2\" class=\"dev.postmortem.fixture.Texts\" %s>"
                    + "<constructor-arg ref=\"hostMessages\"/></bean><bean id=\"clock\"";
            PluginJar primary = FixtureJar.valid().edit("META-INF/spring/postmortem-fixture.xml", "<bean id=\"clock\"",
                    twoTexts.formatted("primary=\"true\"")).build(dir.resolve("primary"));
            PluginJar noCandidate = FixtureJar.valid().edit("META-INF/spring/postmortem-fixture.xml",
                    "<bean id=\"clock\"", twoTexts.formatted("autowire-candidate=\"false\"")).build(dir.resolve("no"));

            assertThat(DescriptorCheck.problems(primary, hostStubs())).isEmpty();
            assertThat(DescriptorCheck.problems(noCandidate, hostStubs())).isEmpty();
        }

        @Test
        void aTemplateMissingFromTheJarIsReported() {
            PluginJar jar = FixtureJar.valid().without("templates/view.vm").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).containsExactly(
                    "<customfield-type key=\"field\">: resource view at templates/view.vm is not in the jar");
        }

        @Test
        void anAllowlistEntryForAMethodThatDoesNotExistIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "View#getTitle()", "View#getName()")
                    .build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).singleElement().asString()
                    .contains("dev.postmortem.fixture.View has no public method getName()");
        }

        @Test
        void aComponentModuleIsReportedBecauseTransformerlessPluginsIgnoreIt() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    "<component key=\"texts\" class=\"dev.postmortem.fixture.Texts\"/><velocity-allowlist").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs())).contains(
                    "<component key=\"texts\">: <component> is ignored in a transformerless plugin;"
                            + " declare it in META-INF/spring/ instead");
        }

        @Test
        void aMissingPluginIconIsReported() {
            PluginJar jar = FixtureJar.valid().without("images/icon.png").build(dir);

            assertThat(DescriptorCheck.problems(jar, hostStubs()))
                    .containsExactly("<plugin-info> plugin-icon images/icon.png is not in the jar");
        }
    }

    /** Module shapes and class types as the module documentation describes them (docs/DESCRIPTORS.md). */
    @Nested
    class ModuleSchema {

        private List<String> problemsWith(String modules) {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    modules + "<velocity-allowlist").build(dir);
            return ModuleSchemaCheck.problems(jar, hostStubs());
        }

        /** The fixture host plus one more host interface, compiled here (the fixture host has no Atlassian types). */
        private ClassIndex hostWith(String interfaceName) {
            int dot = interfaceName.lastIndexOf('.');
            try {
                Path src = Files.createDirectories(dir.resolve("host-src"));
                Path out = Files.createDirectories(dir.resolve("host-classes"));
                Path file = src.resolve(interfaceName.substring(dot + 1) + ".java");
                Files.writeString(file, "package " + interfaceName.substring(0, dot) + "; public interface "
                        + interfaceName.substring(dot + 1) + " { }");
                int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, System.err,
                        "--release", "21", "-d", out.toString(), file.toString());
                assertThat(rc).isZero();
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (ClassInfo c : hostStubs().all()) {
                    String entry = c.name().replace('.', '/') + ".class";
                    files.put(entry, Files.readAllBytes(FixtureJar.hostClasses().resolve(entry)));
                }
                String entry = interfaceName.replace('.', '/') + ".class";
                files.put(entry, Files.readAllBytes(out.resolve(entry)));
                return ClassIndex.of(files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Test
        void aPluginWithoutTheDataCenterParametersIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml",
                    "<param name=\"atlassian-data-center-status\">compatible</param>", "").build(dir);

            assertThat(ModuleSchemaCheck.problems(jar, hostStubs())).containsExactly(
                    "<plugin-info> needs <param name=\"atlassian-data-center-status\">compatible</param>");
        }

        @Test
        void aWorkflowConditionWithoutItsConditionClassOrWithAnUnknownViewNameIsReported() {
            assertThat(problemsWith("<workflow-condition key=\"gate\" class=\"dev.postmortem.fixture.FieldType\">"
                    + "<resource type=\"velocity\" name=\"input\" location=\"templates/view.vm\"/>"
                    + "</workflow-condition>")).containsExactly(
                    "<workflow-condition key=\"gate\"> needs exactly one <condition-class>",
                    "<workflow-condition key=\"gate\">: velocity resource 'input' is none of"
                            + " [edit-parameters, input-parameters, view] (Jira never renders it)");
        }

        @Test
        void aSearcherWithoutAValidFieldTypeIsReported() {
            assertThat(problemsWith("<customfield-searcher key=\"searcher\" class=\"com.example.host.HostSearcher\"/>"))
                    .containsExactly("<customfield-searcher key=\"searcher\"> names no <valid-customfield-type>"
                            + " (no field can use it)");
        }

        @Test
        void aJqlFunctionWithoutANameOrWithAListThatIsNoBooleanIsReported() {
            assertThat(problemsWith("<jql-function key=\"fn\" class=\"dev.postmortem.fixture.FieldType\">"
                    + "<list>yes</list></jql-function>")).containsExactly(
                    "<jql-function key=\"fn\"> needs exactly one <fname> (the name used in JQL)",
                    "<jql-function key=\"fn\">: <list> is 'yes', not true or false");
        }

        @Test
        void aRestModuleWithoutVersionOrWithARelativePathIsReported() {
            assertThat(problemsWith("<rest key=\"rest\" path=\"fixture\"/>")).containsExactly(
                    "<rest key=\"rest\"> needs a path starting with / (found 'fixture')",
                    "<rest key=\"rest\"> needs a version");
        }

        @Test
        void aWebPanelWithoutLocationOrContentIsReported() {
            assertThat(problemsWith("<web-panel key=\"panel\"><label key=\"postmortem.fixture.title\"/></web-panel>"))
                    .containsExactly("<web-panel key=\"panel\"> needs a location",
                            "<web-panel key=\"panel\"> needs exactly one source of content: a class or one"
                                    + " <resource name=\"view\">");
            assertThat(problemsWith("<web-panel key=\"panel\" location=\"atl.jira.view.issue.right.context\">"
                    + "<resource type=\"velocity\" name=\"view\" location=\"templates/view.vm\"/></web-panel>"))
                    .isEmpty();
        }

        @Test
        void aTransformationWithoutExtensionIsReported() {
            assertThat(problemsWith("<web-resource key=\"wr\"><transformation><transformer key=\"jsI18n\"/>"
                    + "</transformation></web-resource>")).containsExactly(
                    "<web-resource key=\"wr\">: <transformation> needs an extension and <transformer key=\"...\"/>"
                            + " children");
        }

        @Test
        void aScriptCallingI18nWithoutTheJsI18nTransformerOrWithANonLiteralKeyIsReported() {
            String wr = "<web-resource key=\"wr\">%s<resource type=\"download\" name=\"a.js\" location=\"/js/a.js\"/>"
                    + "</web-resource><velocity-allowlist";
            String transformer = "<transformation extension=\"js\"><transformer key=\"jsI18n\"/></transformation>";
            String literal = "var t = AJS.I18n.getText('postmortem.fixture.title');";
            String computed = "var k = 'postmortem.fixture.title'; var t = AJS.I18n.getText(k);";

            assertThat(ModuleSchemaCheck.problems(FixtureJar.valid().resource("js/a.js", literal)
                    .edit("atlassian-plugin.xml", "<velocity-allowlist", wr.formatted("")).build(dir.resolve("a")),
                    hostStubs())).containsExactly("<web-resource key=\"wr\">: js/a.js calls AJS.I18n.getText, but the"
                    + " web-resource has no <transformation extension=\"js\"><transformer key=\"jsI18n\"/> (the browser"
                    + " would show the key)");
            assertThat(ModuleSchemaCheck.problems(FixtureJar.valid().resource("js/a.js", computed)
                    .edit("atlassian-plugin.xml", "<velocity-allowlist", wr.formatted(transformer))
                    .build(dir.resolve("b")), hostStubs())).containsExactly("<web-resource key=\"wr\">: js/a.js calls"
                    + " AJS.I18n.getText with a non-literal key (the jsI18n transformer replaces only literal keys)");
            assertThat(ModuleSchemaCheck.problems(FixtureJar.valid().resource("js/a.js", literal)
                    .edit("atlassian-plugin.xml", "<velocity-allowlist", wr.formatted(transformer))
                    .build(dir.resolve("c")), hostStubs())).isEmpty();
        }

        @Test
        void aMacroWithAnUnknownCategoryParameterTypeOrDeviceTypeIsReported() {
            String macro = "<xhtml-macro name=\"summary\" key=\"summary\" class=\"dev.postmortem.fixture.FieldType\">"
                    + "<category name=\"%s\"/><device-type>%s</device-type>"
                    + "<parameters><parameter name=\"issueKey\" type=\"%s\" required=\"true\"/></parameters>"
                    + "</xhtml-macro>";

            assertThat(problemsWith(macro.formatted("reports", "tablet", "text"))).containsExactly(
                    "<xhtml-macro key=\"summary\">: category 'reports' is not a macro browser category",
                    "<xhtml-macro key=\"summary\">: device-type 'tablet' is neither desktop nor mobile",
                    "<xhtml-macro key=\"summary\">: parameter issueKey has type 'text', not a macro parameter type");
            assertThat(problemsWith(macro.formatted("reporting", "mobile", "string"))).isEmpty();
        }

        /** The start of a PNG: signature and IHDR (width, height, bit depth, colour type), all the check reads. */
        private byte[] pngHeader(int width, int height, int colourType) {
            return java.nio.ByteBuffer.allocate(33).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                    .putInt(13).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width)
                    .putInt(height).put((byte) 8).put((byte) colourType).array();
        }

        @Test
        void aMacroIconThatIsNot80By80OrHasTransparencyIsReported() {
            String macro = "<resource type=\"download\" name=\"images/\" location=\"images/\"/>"
                    + "<xhtml-macro name=\"summary\" key=\"summary\" class=\"dev.postmortem.fixture.FieldType\""
                    + " icon=\"/download/resources/dev.postmortem.fixture/images/macro.png\"/><velocity-allowlist";

            assertThat(ModuleSchemaCheck.problems(FixtureJar.valid().entry("images/macro.png", pngHeader(64, 64, 6))
                    .edit("atlassian-plugin.xml", "<velocity-allowlist", macro).build(dir.resolve("a")), hostStubs()))
                    .containsExactly("<xhtml-macro key=\"summary\">: icon images/macro.png is 64x64 with transparency;"
                            + " the macro browser wants 80x80 without transparency");
            assertThat(ModuleSchemaCheck.problems(FixtureJar.valid().entry("images/macro.png", pngHeader(80, 80, 2))
                    .edit("atlassian-plugin.xml", "<velocity-allowlist", macro).build(dir.resolve("b")), hostStubs()))
                    .isEmpty();
        }

        @Test
        void aModuleWithoutKeyAndAnAoModuleWithoutEntityAreReported() {
            assertThat(problemsWith("<ao namespace=\"dev.postmortem.fixture\"/>")).containsExactly(
                    "<ao> has no key", "<ao> needs at least one <entity>");
        }

        @Test
        void aModuleClassOfTheWrongTypeIsReportedWhenTheTypeIsKnown() {
            PluginJar jar = FixtureJar.valid().build(dir.resolve("wrong"));

            assertThat(ModuleSchemaCheck.problems(jar, hostWith("com.atlassian.jira.issue.customfields.CustomFieldType")))
                    .containsExactly("<customfield-type key=\"field\"> names dev.postmortem.fixture.FieldType, which is"
                            + " not a com.atlassian.jira.issue.customfields.CustomFieldType");
        }

        @Test
        void aModuleClassOfTheRightTypePasses() {
            PluginJar jar = FixtureJar.valid()
                    .source("com/atlassian/jira/issue/customfields/CustomFieldType.java",
                            "package com.atlassian.jira.issue.customfields; public interface CustomFieldType { }")
                    .edit("dev/postmortem/fixture/FieldType.java", "public class FieldType",
                            "public class FieldType implements com.atlassian.jira.issue.customfields.CustomFieldType")
                    .build(dir);

            assertThat(ModuleSchemaCheck.problems(jar, hostStubs())).isEmpty();
        }

        @Test
        void aWebworkActionThatIsNoJiraWebActionIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    "<webwork1 key=\"page\"><actions><action name=\"dev.postmortem.fixture.Texts\" alias=\"Page\">"
                            + "<view name=\"success\">/templates/view.vm</view></action></actions></webwork1>"
                            + "<velocity-allowlist").build(dir.resolve("page"));

            assertThat(ModuleSchemaCheck.problems(jar, hostWith("com.atlassian.jira.web.action.JiraWebActionSupport")))
                    .containsExactly("<webwork1 key=\"page\"> <action> names dev.postmortem.fixture.Texts, which is not"
                            + " a com.atlassian.jira.web.action.JiraWebActionSupport");
        }

        @Test
        void aWorkflowConditionClassOfTheWrongTypeIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    "<workflow-condition key=\"gate\" class=\"dev.postmortem.fixture.FieldType\">"
                            + "<condition-class>dev.postmortem.fixture.Texts</condition-class></workflow-condition>"
                            + "<velocity-allowlist").build(dir.resolve("gate"));

            assertThat(ModuleSchemaCheck.problems(jar, hostWith("com.opensymphony.workflow.Condition")))
                    .containsExactly("<workflow-condition key=\"gate\"> <condition-class> names"
                            + " dev.postmortem.fixture.Texts, which is not a com.opensymphony.workflow.Condition");
        }
    }

    @Nested
    class VelocityAllowlist {

        private FixtureJar withRows() {
            return FixtureJar.valid()
                    .source("dev/postmortem/fixture/Row.java", "package dev.postmortem.fixture; public record Row(String text) { }")
                    .edit("dev/postmortem/fixture/View.java", "public String getTitle()",
                            "public java.util.List<Row> rows() { return java.util.List.of(); } public String getTitle()")
                    .edit("atlassian-plugin.xml", "<method>dev.postmortem.fixture.View#getTitle()</method>",
                            "<method>dev.postmortem.fixture.View#getTitle()</method>"
                                    + "<method>dev.postmortem.fixture.View#rows()</method>"
                                    + "<method>dev.postmortem.fixture.Row#text()</method>");
        }

        @Test
        void aTemplateCallingAMethodMissingFromTheAllowlistIsReported() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml",
                    "<method>dev.postmortem.fixture.View#getTitle()</method>", "").build(dir);

            assertThat(VelocityAllowlistCheck.problems(jar)).containsExactly("templates/view.vm: $view.title calls"
                    + " dev.postmortem.fixture.View#getTitle(), which is not in the <velocity-allowlist> (Jira renders"
                    + " nothing for it)");
        }

        @Test
        void loopVariablesAreTypedFromTheListAndRecordAccessorsAreCallsNotProperties() {
            PluginJar jar = withRows().edit("templates/view.vm", "$view.title",
                    "$view.title #foreach($row in $view.rows())$row.text() $row.text#end").build(dir);

            assertThat(VelocityAllowlistCheck.problems(jar)).containsExactly("templates/view.vm: $row.text —"
                    + " dev.postmortem.fixture.Row has no public getText() or isText() (Velocity does not call record"
                    + " accessors for properties)");
        }

        @Test
        void aChainIsFollowedIntoOurTypes() {
            PluginJar jar = withRows().edit("atlassian-plugin.xml", "<method>dev.postmortem.fixture.Row#text()</method>",
                    "").edit("templates/view.vm", "$view.title", "#foreach($row in $view.rows())$row.text()#end")
                    .build(dir);

            assertThat(VelocityAllowlistCheck.problems(jar)).containsExactly("templates/view.vm: $row.text() calls"
                    + " dev.postmortem.fixture.Row#text(), which is not in the <velocity-allowlist> (Jira renders nothing"
                    + " for it)");
        }

        @Test
        void aTemplateWithoutHeadersUsesTheTypesOtherTemplatesDeclare() {
            PluginJar jar = FixtureJar.valid().resource("templates/column.vm", "$view.title $view.getTitle() $view.name")
                    .build(dir);

            assertThat(VelocityAllowlistCheck.problems(jar)).containsExactly("templates/column.vm: $view.name —"
                    + " dev.postmortem.fixture.View has no public getName() or isName() (Velocity does not call record"
                    + " accessors for properties)");
        }

        @Test
        void templatesWithoutTypedVariablesAreLeftAlone() {
            PluginJar jar = FixtureJar.valid().edit("templates/view.vm",
                    "#* @vtlvariable name=\"view\" type=\"dev.postmortem.fixture.View\" *#", "")
                    .edit("atlassian-plugin.xml", "<method>dev.postmortem.fixture.View#getTitle()</method>", "")
                    .build(dir);

            assertThat(VelocityAllowlistCheck.problems(jar)).isEmpty();
        }
    }

    @Nested
    class Spring {

        @Test
        void aBeanClassMissingFromTheJarIsReported() {
            PluginJar jar = FixtureJar.valid().edit("META-INF/spring/postmortem-fixture.xml",
                    "dev.postmortem.fixture.Starter", "dev.postmortem.fixture.Startr").build(dir);

            assertThat(SpringWiring.problems(jar, hostStubs())).anySatisfy(p -> assertThat(p)
                    .contains("<bean id=\"starter\"> names dev.postmortem.fixture.Startr, which is neither in the jar"));
        }

        @Test
        void aConstructorArgumentReferringToNoBeanIsReported() {
            PluginJar jar = FixtureJar.valid().edit("META-INF/spring/postmortem-fixture.xml",
                    "<constructor-arg ref=\"hostMessages\"/>", "<constructor-arg ref=\"messages\"/>").build(dir);

            assertThat(SpringWiring.problems(jar, hostStubs())).containsExactly(
                    "META-INF/spring/postmortem-fixture.xml: <bean id=\"texts\">: constructor-arg 1 refers to"
                            + " 'messages', which no bean or reference declares");
        }

        @Test
        void aConstructorArgumentOfTheWrongTypeIsReported() {
            PluginJar jar = FixtureJar.valid().edit("META-INF/spring/postmortem-fixture.xml",
                    "<constructor-arg ref=\"hostMessages\"/>", "<constructor-arg ref=\"clock\"/>").build(dir);

            assertThat(SpringWiring.problems(jar, hostStubs())).singleElement().asString()
                    .contains("ref 'clock' is a java.time.Clock, the parameter needs com.example.host.MessageSource");
        }

        @Test
        void aWrongNumberOfConstructorArgumentsIsReported() {
            PluginJar jar = FixtureJar.valid().edit("META-INF/spring/postmortem-fixture.xml",
                    "<constructor-arg ref=\"hostMessages\"/>",
                    "<constructor-arg ref=\"hostMessages\"/><constructor-arg ref=\"clock\"/>").build(dir);

            assertThat(SpringWiring.problems(jar, hostStubs())).singleElement().asString()
                    .contains("has no public constructor with 2 parameter(s)");
        }

        @Test
        void anAutowiredBeanWhoseDependencyIsNotImportedIsReported() {
            PluginJar jar = FixtureJar.valid().without("META-INF/spring/host-services.xml").build(dir);

            assertThat(SpringWiring.problems(jar, hostStubs())).containsExactly(
                    "META-INF/spring/postmortem-fixture.xml: <bean id=\"texts\">: constructor-arg 1 refers to"
                            + " 'hostMessages', which no bean or reference declares");
        }

        @Test
        void anExportedServiceTheBeanDoesNotImplementIsReported() {
            PluginJar jar = FixtureJar.valid().edit("META-INF/spring/postmortem-fixture.xml",
                    "<osgi:service ref=\"starter\"", "<osgi:service ref=\"texts\"").build(dir);

            assertThat(SpringWiring.problems(jar, hostStubs())).singleElement().asString()
                    .contains("exports com.example.host.Lifecycle but dev.postmortem.fixture.Texts does not implement it");
        }

        @Test
        void anOsgiReferenceToAPackageThatIsNotImportedIsReported() {
            PluginJar jar = FixtureJar.valid().edit("META-INF/spring/host-services.xml",
                    "interface=\"com.example.host.MessageSource\"", "interface=\"com.example.other.MessageSource\"")
                    .build(dir);

            assertThat(SpringWiring.problems(jar, hostStubs())).anySatisfy(p -> assertThat(p)
                    .contains("com.example.other is missing from Import-Package"));
        }

        @Test
        void aListEntryReferringToNoBeanIsReported() {
            PluginJar jar = FixtureJar.valid().edit("META-INF/spring/postmortem-fixture.xml", "<bean id=\"clock\"",
                    "<bean id=\"all\" class=\"java.util.ArrayList\"><constructor-arg><list><ref bean=\"texts\"/>"
                            + "<ref bean=\"txts\"/></list></constructor-arg></bean><bean id=\"clock\"").build(dir);

            assertThat(SpringWiring.problems(jar, hostStubs())).containsExactly("META-INF/spring/postmortem-fixture.xml:"
                    + " <bean id=\"all\"> has <ref bean=\"txts\">, which no bean or reference declares");
        }

        @Test
        void aBeanIdDeclaredTwiceIsReported() {
            PluginJar jar = FixtureJar.valid().edit("META-INF/spring/host-services.xml", "id=\"hostMessages\"",
                    "id=\"texts\"").build(dir);

            assertThat(SpringWiring.problems(jar, hostStubs())).anySatisfy(p -> assertThat(p)
                    .isEqualTo("Bean id 'texts' is declared twice: in META-INF/spring/host-services.xml"
                            + " and META-INF/spring/postmortem-fixture.xml"));
        }
    }

    @Nested
    class I18n {

        @Test
        void aKeyUsedInJavaButMissingFromGermanIsReported() {
            PluginJar jar = FixtureJar.valid()
                    .edit("i18n/fixture_de.properties", "postmortem.fixture.title=Postmortem {0}\n", "").build(dir);

            assertThat(I18nCheck.problems(jar)).containsExactly(
                    "i18n key postmortem.fixture.title (used in dev.postmortem.fixture.Texts) is missing from the de bundle",
                    "i18n key postmortem.fixture.title has no de translation");
        }

        @Test
        void aKeyUsedInATemplateButMissingEverywhereIsReported() {
            PluginJar jar = FixtureJar.valid()
                    .edit("templates/view.vm", "postmortem.fixture.view.heading", "postmortem.fixture.view.title")
                    .build(dir);

            assertThat(I18nCheck.problems(jar)).containsExactly(
                    "i18n key postmortem.fixture.view.title (used in templates/view.vm) is missing from the English bundle",
                    "i18n key postmortem.fixture.view.title (used in templates/view.vm) is missing from the de bundle");
        }

        @Test
        void aKeyUsedInJavaScriptButMissingIsReportedAndCommentsAreNotKeys() {
            PluginJar jar = FixtureJar.valid().resource("js/editor.js", """
                    // Literal AJS.I18n.getText('...') calls only
                    const heading = AJS.I18n.getText('postmortem.fixture.view.heading');
                    const remove = AJS.I18n.getText("postmortem.fixture.editor.remove");
                    """).build(dir);

            assertThat(I18nCheck.problems(jar)).containsExactly(
                    "i18n key postmortem.fixture.editor.remove (used in js/editor.js) is missing from the English bundle",
                    "i18n key postmortem.fixture.editor.remove (used in js/editor.js) is missing from the de bundle");
        }

        @Test
        void aDescriptorLabelKeyMissingIsReported() {
            PluginJar jar = FixtureJar.valid()
                    .edit("atlassian-plugin.xml", "postmortem.fixture.field.desc", "postmortem.fixture.field.help")
                    .build(dir);

            assertThat(I18nCheck.problems(jar)).contains("i18n key postmortem.fixture.field.help (used in"
                    + " atlassian-plugin.xml <customfield-type key=\"field\">) is missing from the English bundle");
        }

        @Test
        void aTranslationWithDifferentPlaceholdersIsReported() {
            PluginJar jar = FixtureJar.valid()
                    .edit("i18n/fixture_de.properties", "postmortem.fixture.title=Postmortem {0}",
                            "postmortem.fixture.title=Postmortem").build(dir);

            assertThat(I18nCheck.problems(jar)).containsExactly(
                    "i18n key postmortem.fixture.title: de uses placeholders [], English uses [0]");
        }

        @Test
        void aSingleApostropheInAPatternWithArgumentsIsReported() {
            PluginJar jar = FixtureJar.valid()
                    .edit("i18n/fixture.properties", "postmortem.fixture.title=Postmortem {0}",
                            "postmortem.fixture.title=Postmortem {0} can't be shown").build(dir);

            assertThat(I18nCheck.problems(jar)).containsExactly("i18n key postmortem.fixture.title (English) has a"
                    + " single apostrophe, which quotes the rest of the pattern: write \u2019");
        }

        @Test
        void aDoubledApostropheInAPatternIsAcceptedButNoneInAPlainText() {
            PluginJar jar = FixtureJar.valid()
                    .edit("i18n/fixture.properties", "postmortem.fixture.title=Postmortem {0}",
                            "postmortem.fixture.title=Postmortem {0} can''t be shown")
                    .edit("i18n/fixture.properties", "The story of the incident", "The incident's story").build(dir);

            assertThat(I18nCheck.problems(jar)).containsExactly(
                    "i18n key postmortem.fixture.field.desc (English) has an ASCII apostrophe: write \u2019");
        }

        @Test
        void aPatternThatDoesNotParseIsReported() {
            PluginJar jar = FixtureJar.valid()
                    .edit("i18n/fixture_de.properties", "postmortem.fixture.title=Postmortem {0}",
                            "postmortem.fixture.title=Postmortem {0,number,integer").build(dir);

            assertThat(I18nCheck.problems(jar)).singleElement().asString()
                    .startsWith("i18n key postmortem.fixture.title (de) is not a valid MessageFormat pattern: ");
        }

        @Test
        void aTranslationFormattingAnArgumentDifferentlyIsReported() {
            PluginJar jar = FixtureJar.valid()
                    .edit("i18n/fixture.properties", "postmortem.fixture.title=Postmortem {0}",
                            "postmortem.fixture.title={0,choice,1#1 postmortem|1<{0,number,integer} postmortems}")
                    .edit("i18n/fixture_de.properties", "postmortem.fixture.title=Postmortem {0}",
                            "postmortem.fixture.title={0} Postmortems").build(dir);

            assertThat(I18nCheck.problems(jar)).containsExactly("i18n key postmortem.fixture.title: de formats its"
                    + " arguments as {0=text}, English as {0=choice}");
        }

        @Test
        void aGermanBundleMissingAltogetherIsReported() {
            PluginJar jar = FixtureJar.valid().without("i18n/fixture_de.properties").build(dir);

            assertThat(I18nCheck.problems(jar)).contains("i18n bundle i18n/fixture_de.properties is missing from the jar");
        }

        @Test
        void macroBrowserKeysAreRequiredForAMacro() {
            PluginJar jar = FixtureJar.valid().edit("atlassian-plugin.xml", "<velocity-allowlist",
                    "<xhtml-macro name=\"summary\" key=\"summary\" class=\"dev.postmortem.fixture.View\">"
                            + "<parameters><parameter name=\"issueKey\" type=\"string\"/></parameters>"
                            + "</xhtml-macro><velocity-allowlist").build(dir);

            assertThat(I18nCheck.problems(jar)).filteredOn(p -> p.contains("English")).containsExactly(
                    "i18n key dev.postmortem.fixture.summary.desc (used in atlassian-plugin.xml <xhtml-macro"
                            + " key=\"summary\"> (macro browser)) is missing from the English bundle",
                    "i18n key dev.postmortem.fixture.summary.label (used in atlassian-plugin.xml <xhtml-macro"
                            + " key=\"summary\"> (macro browser)) is missing from the English bundle",
                    "i18n key dev.postmortem.fixture.summary.param.issueKey.label (used in atlassian-plugin.xml"
                            + " <xhtml-macro key=\"summary\"> (macro browser)) is missing from the English bundle");
        }
    }

    @Nested
    class Content {

        @Test
        void aStubClassInsideTheJarIsReported() throws IOException {
            byte[] stub = Files.readAllBytes(FixtureJar.hostClasses().resolve("com/example/host/Unwired.class"));
            PluginJar jar = FixtureJar.valid().entry("com/example/host/Unwired.class", stub).build(dir);

            assertThat(ContentCheck.problems(jar, hostStubs()))
                    .containsExactly("Stub class com.example.host.Unwired (atlassian-stubs) is inside the jar");
        }

        @Test
        void aTestLibraryInsideTheJarIsReported() throws IOException {
            PluginJar jar = FixtureJar.valid().entry("org/junit/jupiter/api/Test.class", classBytes(Test.class))
                    .entry("org/assertj/core/api/Assertions.class", classBytes(org.assertj.core.api.Assertions.class))
                    .build(dir);

            assertThat(ContentCheck.problems(jar, hostStubs())).containsExactlyInAnyOrder(
                    "1 entry of JUnit (test library) inside the jar, e.g. org/junit/jupiter/api/Test.class",
                    "1 entry of AssertJ (test library) inside the jar, e.g. org/assertj/core/api/Assertions.class");
        }

        @Test
        void aCorruptClassFileIsReported() {
            PluginJar jar = FixtureJar.valid().entry("dev/postmortem/fixture/Broken.class", new byte[] {1, 2, 3})
                    .build(dir);

            assertThat(ContentCheck.problems(jar, hostStubs())).singleElement().asString()
                    .startsWith("Unreadable class file in the jar: dev/postmortem/fixture/Broken.class");
        }

        private static byte[] classBytes(Class<?> type) throws IOException {
            try (var in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                return in.readAllBytes();
            }
        }

        @Test
        void aClassCompiledForAJavaNewerThanTheHostsIsReported() {
            byte[] texts = FixtureJar.valid().build(dir.resolve("a")).bytes("dev/postmortem/fixture/Texts.class")
                    .orElseThrow();
            texts[7] = 69; // class-file major version 69 = Java 25
            PluginJar jar = FixtureJar.valid().without("dev/postmortem/fixture/Texts.java")
                    .edit("dev/postmortem/fixture/Starter.java", "private final Texts texts;", "private final Object texts;")
                    .edit("dev/postmortem/fixture/Starter.java", "texts.title();", "")
                    .edit("dev/postmortem/fixture/FieldType.java", "private final Texts texts;", "private final Object texts;")
                    .edit("dev/postmortem/fixture/FieldType.java", "texts.title()", "\"\"")
                    .edit("dev/postmortem/fixture/Starter.java", "public Starter(Texts texts", "public Starter(Object texts")
                    .edit("dev/postmortem/fixture/FieldType.java", "public FieldType(Texts texts", "public FieldType(Object texts")
                    .entry("dev/postmortem/fixture/Texts.class", texts).build(dir.resolve("b"));

            assertThat(ContentCheck.problems(jar, hostStubs())).containsExactly("1 classes need a Java newer than 21"
                    + " (class-file version 69), e.g. dev.postmortem.fixture.Texts; Jira 11 and Confluence 10 run on Java 21");
        }

        @Test
        void aTestClassOfOursInsideTheJarIsReported() {
            PluginJar jar = FixtureJar.valid().source("dev/postmortem/fixture/TextsTest.java",
                    "package dev.postmortem.fixture; class TextsTest { }").build(dir);

            assertThat(ContentCheck.problems(jar, hostStubs())).containsExactly(
                    "1 entry of a test class inside the jar, e.g. dev/postmortem/fixture/TextsTest.class");
        }

        @Test
        void aHostPackageUsedByTheBytecodeButNotImportedIsReported() {
            PluginJar jar = FixtureJar.valid().header("Import-Package", "org.slf4j").build(dir);

            assertThat(ContentCheck.unimportedReferences(jar)).singleElement().asString().startsWith(
                    "Package com.example.host is referenced by the bytecode but neither inside the bundle nor imported");
        }
    }

    @Nested
    class Osgi {

        @Test
        void aBundleImportingAPackageTheHostDoesNotExportDoesNotResolve() {
            Path file = FixtureJar.valid().buildFile(dir);

            assertThat(OsgiResolution.problems(file, HostPackages.of("fixture", List.of("org.example.other"))))
                    .satisfiesExactly(
                            p -> assertThat(p).startsWith("The bundle does not resolve in Felix with the fixture host"
                                    + " packages").contains("com.example.host"),
                            p -> assertThat(p).isEqualTo("Import com.example.host is not exported by the fixture host"
                                    + " (add it to its host-packages list if the host really exports it)"));
        }

        @Test
        void aBundleNeedingANewerVersionThanTheHostExportsDoesNotResolve() {
            Path file = FixtureJar.valid().header("Import-Package", "com.example.host;version=\"[2,3)\"")
                    .buildFile(dir);

            assertThat(OsgiResolution.problems(file, FIXTURE_HOST)).satisfiesExactly(
                    p -> assertThat(p).contains("osgi.wiring.package=com.example.host").contains("version>=2.0.0"),
                    p -> assertThat(p).isEqualTo("Import com.example.host [2.0.0,3.0.0) does not match the fixture"
                            + " host's export [1.0.0]"));
        }

        @Test
        void theProductListsAreReadable() {
            assertThat(HostPackages.of("jira").exports()).contains("com.atlassian.jira.issue", "org.slf4j;version=2.0.18");
            assertThat(HostPackages.of("confluence").exports()).contains("com.atlassian.confluence.macro")
                    .doesNotContain("com.atlassian.jira.issue");
        }
    }
}
