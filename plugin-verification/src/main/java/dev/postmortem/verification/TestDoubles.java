package dev.postmortem.verification;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Test doubles of host interfaces for {@link SpringContainerCheck}: what an {@code <osgi:reference>} or the
 * {@code bundleContext} stands for in the test container. A JDK proxy answering every call with an empty value
 * (0, false, empty collection or Optional, or a double of a returned interface), so that constructors which ask a
 * service for a collaborator (a cache from a cache manager) get one. No behaviour beyond that.
 */
final class TestDoubles {

    private TestDoubles() {
    }

    /** A double of the interface, named for messages ({@code toString()}) by what it stands for. */
    static Object of(Class<?> type, String standsFor) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getName() + " is not an interface: only interfaces get doubles");
        }
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Answers(type, standsFor));
    }

    private static final class Answers implements InvocationHandler {

        private final Class<?> type;
        private final String standsFor;
        private final Map<Method, Object> returned = new ConcurrentHashMap<>();

        Answers(Class<?> type, String standsFor) {
            this.type = type;
            this.standsFor = standsFor;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "test double of " + type.getName() + " (" + standsFor + ")";
                };
            }
            Class<?> r = method.getReturnType();
            if (r == void.class) {
                return null;
            }
            if (r.isPrimitive()) {
                return Array.get(Array.newInstance(r, 1), 0);
            }
            if (r == Optional.class) {
                return Optional.empty();
            }
            if (r == Set.class) {
                return Set.of();
            }
            if (r == List.class || r == Collection.class || r == Iterable.class) {
                return List.of();
            }
            if (r == Map.class) {
                return Map.of();
            }
            if (r == Stream.class) {
                return Stream.empty();
            }
            if (r.isInterface() && !r.getName().startsWith("java.")) {
                return returned.computeIfAbsent(method,
                        m -> of(r, "returned by " + type.getSimpleName() + "#" + m.getName() + " of " + standsFor));
            }
            return null;
        }
    }
}
