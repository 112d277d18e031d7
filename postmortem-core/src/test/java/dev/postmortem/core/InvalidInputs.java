package dev.postmortem.core;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the core's {@link InvalidInput}: what a caller reads from it is the key and the arguments. */
public final class InvalidInputs {

    private InvalidInputs() {
    }

    /** For {@code isInstanceOfSatisfying(InvalidInput.class, refused(key, args))}. */
    public static Consumer<InvalidInput> refused(String messageKey, Object... args) {
        return error -> {
            assertThat(error.messageKey()).isEqualTo(messageKey);
            assertThat(error.args()).containsExactly(args);
        };
    }
}
