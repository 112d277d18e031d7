package dev.postmortem.verification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** A built plugin jar read fully into memory: entries, manifest, descriptor, Spring XML and parsed classes. */
public final class PluginJar {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";
    public static final String SPRING_DIR = "META-INF/spring/";

    private final Path path;
    private final Map<String, byte[]> entries;
    private final Manifest manifest;
    private ClassIndex classes;

    private PluginJar(Path path, Map<String, byte[]> entries) {
        this.path = path;
        this.entries = entries;
        byte[] mf = entries.get("META-INF/MANIFEST.MF");
        try {
            this.manifest = mf == null ? new Manifest() : new Manifest(new ByteArrayInputStream(mf));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable manifest in " + path, e);
        }
    }

    public static PluginJar open(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No plugin jar at " + jar + ": run the package phase first");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), e.isDirectory() ? new byte[0] : zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable jar " + jar, e);
        }
        return new PluginJar(jar, entries);
    }

    public Path path() {
        return path;
    }

    public Set<String> entryNames() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    public boolean has(String entry) {
        return entries.containsKey(entry);
    }

    /** True when the name is an entry or a folder prefix of one (jars need not contain folder entries). */
    public boolean hasFileOrFolder(String name) {
        String folder = name.endsWith("/") ? name : name + "/";
        return entries.containsKey(name) || entries.keySet().stream().anyMatch(n -> n.startsWith(folder));
    }

    public Optional<String> text(String entry) {
        byte[] bytes = entries.get(entry);
        return bytes == null ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    public Optional<byte[]> bytes(String entry) {
        return Optional.ofNullable(entries.get(entry));
    }

    public Manifest manifest() {
        return manifest;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(manifest.getMainAttributes().getValue(name));
    }

    /** Packages of the bundle's own classes (dotted). */
    public Set<String> packages() {
        return entries.keySet().stream()
                .filter(n -> n.endsWith(".class") && n.indexOf('/') > 0 && !n.startsWith("META-INF/"))
                .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public ClassIndex classes() {
        if (classes == null) {
            Map<String, byte[]> classFiles = new LinkedHashMap<>();
            entries.forEach((name, bytes) -> {
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    classFiles.put(name, bytes);
                }
            });
            classes = ClassIndex.of(classFiles);
        }
        return classes;
    }

    public Document descriptor() {
        return xml(DESCRIPTOR).orElseThrow(() -> new IllegalStateException(DESCRIPTOR + " is missing from " + path));
    }

    public Optional<Document> xml(String entry) {
        return bytes(entry).map(b -> parse(entry, b));
    }

    /** The Spring XML files the extender loads (Spring-Context: * means META-INF/spring/*.xml). */
    public Map<String, Document> springXml() {
        Map<String, Document> files = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> {
            if (name.startsWith(SPRING_DIR) && name.endsWith(".xml") && name.indexOf('/', SPRING_DIR.length()) < 0) {
                files.put(name, parse(name, bytes));
            }
        });
        return files;
    }

    private Document parse(String entry, byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(entry + " in " + path + " is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
