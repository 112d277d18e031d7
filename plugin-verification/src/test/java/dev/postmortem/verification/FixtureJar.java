package dev.postmortem.verification;

import com.example.host.MessageSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small plugin jar built inside the test: sources compiled with the JDK's compiler against the fixture host
 * interfaces ({@code com.example.host}, which stay out of the jar), plus descriptor, Spring XML, i18n, template and
 * manifest. {@link #valid()} passes every check; tests break one thing and expect the matching check to fail.
 */
final class FixtureJar {

    static final String KEY = "dev.postmortem.fixture";

    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();

    static FixtureJar valid() {
        FixtureJar f = new FixtureJar();
        f.source("dev/postmortem/fixture/Texts.java", """
                package dev.postmortem.fixture;
                import com.example.host.MessageSource;
                public class Texts {
                    private final MessageSource messages;
                    public Texts(MessageSource messages) { this.messages = messages; }
                    public String title() { return messages.get("postmortem.fixture.title"); }
                }
                """);
        f.source("dev/postmortem/fixture/Starter.java", """
                package dev.postmortem.fixture;
                import com.example.host.Lifecycle;
                import java.time.Clock;
                public class Starter implements Lifecycle {
                    private final Texts texts;
                    private final Clock clock;
                    public Starter(Texts texts, Clock clock) { this.texts = texts; this.clock = clock; }
                    @Override public void onStart() { texts.title(); clock.instant(); }
                }
                """);
        f.source("dev/postmortem/fixture/FieldType.java", """
                package dev.postmortem.fixture;
                public class FieldType {
                    private final Texts texts;
                    public FieldType(Texts texts) { this.texts = texts; }
                    public View view() { return new View(texts.title()); }
                }
                """);
        f.source("dev/postmortem/fixture/View.java", """
                package dev.postmortem.fixture;
                public final class View {
                    private final String title;
                    public View(String title) { this.title = title; }
                    public String getTitle() { return title; }
                }
                """);
        f.resource("atlassian-plugin.xml", """
                <atlassian-plugin key="dev.postmortem.fixture" name="Fixture" plugins-version="2">
                    <plugin-info>
                        <version>1.0.0</version>
                        <param name="plugin-icon">images/icon.png</param>
                        <param name="atlassian-data-center-status">compatible</param>
                        <param name="atlassian-data-center-compatible">true</param>
                    </plugin-info>
                    <resource type="i18n" name="i18n" location="i18n.fixture"/>
                    <customfield-type key="field" i18n-name-key="postmortem.fixture.field.name"
                                      class="dev.postmortem.fixture.FieldType">
                        <description key="postmortem.fixture.field.desc"/>
                        <resource type="velocity" name="view" location="templates/view.vm"/>
                    </customfield-type>
                    <velocity-allowlist key="allowlist">
                        <method>dev.postmortem.fixture.View#getTitle()</method>
                    </velocity-allowlist>
                </atlassian-plugin>
                """);
        f.resource("META-INF/spring/host-services.xml", springXml("""
                    <osgi:reference id="hostMessages" interface="com.example.host.MessageSource"/>
                """));
        f.resource("META-INF/spring/postmortem-fixture.xml", springXml("""
                    <bean id="clock" class="java.time.Clock" factory-method="systemUTC"/>
                    <bean id="texts" class="dev.postmortem.fixture.Texts">
                        <constructor-arg ref="hostMessages"/>
                    </bean>
                    <bean id="starter" class="dev.postmortem.fixture.Starter" autowire="constructor"/>
                    <osgi:service ref="starter" interface="com.example.host.Lifecycle"/>
                """));
        f.resource("i18n/fixture.properties", """
                postmortem.fixture.title=Postmortem {0}
                postmortem.fixture.field.name=Narrative
                postmortem.fixture.field.desc=The story of the incident
                postmortem.fixture.view.heading=What happened
                """);
        f.resource("i18n/fixture_de.properties", """
                postmortem.fixture.title=Postmortem {0}
                postmortem.fixture.field.name=Hergang
                postmortem.fixture.field.desc=Die Geschichte des Vorfalls
                postmortem.fixture.view.heading=Was geschah
                """);
        f.resource("templates/view.vm", """
                #* @vtlvariable name="view" type="dev.postmortem.fixture.View" *#
                <h2>$i18n.getText("postmortem.fixture.view.heading")</h2> $view.title
                """);
        f.resource("images/icon.png", "png");
        f.header("Bundle-ManifestVersion", "2");
        f.header("Bundle-SymbolicName", KEY);
        f.header("Atlassian-Plugin-Key", KEY);
        f.header("Bundle-Version", "1.0.0");
        f.header("Bundle-Name", "Fixture");
        f.header("Spring-Context", "*");
        f.header("Import-Package", "com.example.host");
        return f;
    }

    static String springXml(String body) {
        return """
                <beans xmlns="http://www.springframework.org/schema/beans"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:osgi="http://www.eclipse.org/gemini/blueprint/schema/blueprint"
                       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
                           http://www.eclipse.org/gemini/blueprint/schema/blueprint http://www.eclipse.org/gemini/blueprint/schema/blueprint/gemini-blueprint.xsd">
                """ + body + "</beans>\n";
    }

    FixtureJar source(String path, String text) {
        sources.put(path, text);
        return this;
    }

    FixtureJar resource(String path, String text) {
        resources.put(path, text);
        return this;
    }

    /** Replaces text in a resource, failing when the text is not there (so a test cannot silently break nothing). */
    FixtureJar edit(String path, String from, String to) {
        String text = resources.containsKey(path) ? resources.get(path) : sources.get(path);
        if (text == null || !text.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain: " + from);
        }
        (resources.containsKey(path) ? resources : sources).put(path, text.replace(from, to));
        return this;
    }

    FixtureJar without(String path) {
        if (resources.remove(path) == null && sources.remove(path) == null) {
            throw new IllegalArgumentException("No " + path + " in the fixture");
        }
        return this;
    }

    FixtureJar header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    /** Adds a raw entry, e.g. a class file copied from a library. */
    FixtureJar entry(String name, byte[] bytes) {
        extraEntries.put(name, bytes);
        return this;
    }

    PluginJar build(Path dir) {
        return PluginJar.open(buildFile(dir));
    }

    Path buildFile(Path dir) {
        try {
            Path src = Files.createDirectories(dir.resolve("src"));
            Path classes = Files.createDirectories(dir.resolve("classes"));
            List<String> args = new ArrayList<>(List.of("--release", "21", "-d", classes.toString(),
                    "-classpath", hostClasses().toString()));
            for (Map.Entry<String, String> s : sources.entrySet()) {
                Path file = src.resolve(s.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, s.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac.run(null, null, System.err, args.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("Fixture sources do not compile");
            }
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            headers.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
            Path jar = dir.resolve("fixture.jar");
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest);
                 Stream<Path> walk = Files.walk(classes)) {
                for (Path c : walk.filter(Files::isRegularFile).toList()) {
                    put(zip, classes.relativize(c).toString().replace('\\', '/'), Files.readAllBytes(c));
                }
                for (Map.Entry<String, String> r : resources.entrySet()) {
                    put(zip, r.getKey(), r.getValue().getBytes(StandardCharsets.UTF_8));
                }
                for (Map.Entry<String, byte[]> e : extraEntries.entrySet()) {
                    put(zip, e.getKey(), e.getValue());
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JarOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new JarEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Where the fixture host interfaces were compiled (the test classes folder). */
    static Path hostClasses() {
        try {
            return Path.of(MessageSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
