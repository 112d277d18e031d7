package dev.postmortem.verification;

import java.util.List;
import java.util.Set;

/**
 * What the checks need to know about one class file, names dotted ({@code a.b.C$D}).
 *
 * @param references every class the class needs at run time (supertypes, field and method descriptors, instructions,
 *                   visible annotations); generic signatures, debug info and class-retention annotations left out
 * @param strings    string constants (ldc and constant fields): message keys are found here
 * @param classFileVersion the class-file major version (65 = Java 21)
 */
public record ClassInfo(String name, String superName, List<String> interfaces, boolean isInterface,
                        boolean isAbstract, boolean isPublic, List<Method> methods, Set<String> references,
                        Set<String> strings, Set<String> annotations, int classFileVersion) {

    /** Class-file major version of Java 21, the hosts' Java. */
    public static final int JAVA_21 = 65;

    /**
     * A method or constructor ({@code <init>}), parameter and return types dotted; {@code returnElementType} is the
     * type argument of a returned {@code List<T>}/{@code Collection<T>}/{@code Set<T>}/{@code Iterable<T>}, if any;
     * {@code annotations} are its run-time visible annotations.
     */
    public record Method(String name, List<String> parameterTypes, String returnType, String returnElementType,
                         boolean isPublic, boolean isStatic, Set<String> annotations) {

        public boolean isConstructor() {
            return "<init>".equals(name);
        }

        @Override
        public String toString() {
            return name + "(" + String.join(", ", parameterTypes) + ")";
        }
    }

    public List<Method> publicConstructors() {
        return methods.stream().filter(m -> m.isConstructor() && m.isPublic()).toList();
    }

    public boolean isConcrete() {
        return !isInterface && !isAbstract;
    }

    public String packageName() {
        return packageOf(name);
    }

    public static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
