package dev.postmortem.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.objectweb.asm.ClassReader;

/** Parsed class files by class name, with the type hierarchy questions the wiring checks ask. */
public final class ClassIndex {

    private final Map<String, ClassInfo> byName;
    private final List<String> unreadable;

    private ClassIndex(Map<String, ClassInfo> byName, List<String> unreadable) {
        this.byName = byName;
        this.unreadable = List.copyOf(unreadable);
    }

    public static ClassIndex of(Map<String, byte[]> classFiles) {
        Map<String, ClassInfo> byName = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        classFiles.forEach((entry, bytes) -> {
            try {
                ClassInfo info = ClassScanner.scan(new ClassReader(bytes));
                byName.put(info.name(), info);
            } catch (RuntimeException e) {
                unreadable.add(entry + " (" + e + ")");
            }
        });
        return new ClassIndex(byName, unreadable);
    }

    /** Class files that could not be parsed (a corrupt entry, or a class-file version ASM does not know). */
    public List<String> unreadable() {
        return unreadable;
    }

    /** The classes of a folder of class files or a jar (the stubs module's output, as Maven resolves it). */
    public static ClassIndex ofPath(Path path) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                        files.put(path.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                try (InputStream in = Files.newInputStream(path); ZipInputStream zip = new ZipInputStream(in)) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        if (e.getName().endsWith(".class") && !e.getName().endsWith("module-info.class")) {
                            files.put(e.getName(), zip.readAllBytes());
                        }
                    }
                }
            } else {
                throw new IllegalArgumentException("No classes at " + path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(files);
    }

    public static ClassIndex empty() {
        return new ClassIndex(Map.of(), List.of());
    }

    public Optional<ClassInfo> get(String className) {
        return Optional.ofNullable(byName.get(className));
    }

    public boolean contains(String className) {
        return byName.containsKey(className);
    }

    public Collection<ClassInfo> all() {
        return byName.values();
    }

    /**
     * The type and all its supertypes as far as they can be seen: in this index, in the extra indexes (e.g. the
     * stubs) and, for JDK types, through reflection.
     */
    public Set<String> typeAndSupertypes(String className, ClassIndex... more) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(className));
        while (!todo.isEmpty()) {
            String type = todo.pop();
            if (type == null || !seen.add(type)) {
                continue;
            }
            Optional<ClassInfo> info = get(type);
            for (int i = 0; info.isEmpty() && i < more.length; i++) {
                info = more[i].get(type);
            }
            if (info.isPresent()) {
                todo.add(info.get().superName());
                todo.addAll(info.get().interfaces());
            } else {
                jdkSupertypes(type).forEach(todo::add);
            }
        }
        seen.remove(null);
        return seen;
    }

    private static List<String> jdkSupertypes(String type) {
        if (!type.startsWith("java.") && !type.startsWith("javax.")) {
            return List.of();
        }
        try {
            Class<?> c = Class.forName(type, false, ClassLoader.getPlatformClassLoader());
            List<String> result = new ArrayList<>();
            if (c.getSuperclass() != null) {
                result.add(c.getSuperclass().getName());
            }
            for (Class<?> i : c.getInterfaces()) {
                result.add(i.getName());
            }
            return result;
        } catch (ClassNotFoundException e) {
            return List.of();
        }
    }
}
