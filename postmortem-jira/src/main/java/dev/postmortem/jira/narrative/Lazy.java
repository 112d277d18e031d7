package dev.postmortem.jira.narrative;

import java.util.Objects;
import java.util.function.Supplier;

/** A value worked out once, on first use. Used within one rendering, so a simple lock is enough. */
final class Lazy<T> {

    private Supplier<T> supplier;
    private T value;

    private Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    static <T> Lazy<T> of(Supplier<T> supplier) {
        return new Lazy<>(Objects.requireNonNull(supplier, "supplier"));
    }

    static <T> Lazy<T> of(T value) {
        return new Lazy<>(() -> value);
    }

    synchronized T get() {
        if (supplier != null) {
            value = supplier.get();
            supplier = null;
        }
        return value;
    }
}
