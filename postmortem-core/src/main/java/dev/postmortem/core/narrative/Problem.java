package dev.postmortem.core.narrative;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a narrative or its JSON: where ({@code accounts[2].whyItMadeSense}; the empty path is
 * the whole document), which i18n message describes it, and the message's {@code {0}}-style arguments.
 * Never English text: the adapters translate the key for the viewing user. Text arguments are cut by
 * {@link Echo}, so a message never echoes a huge value whole.
 */
public record Problem(String path, String messageKey, List<Object> args) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(Objects.requireNonNull(args, "args").stream().map(Echo::argument).toList());
    }

    public static Problem of(String path, String messageKey, Object... args) {
        return new Problem(path, messageKey, Arrays.asList(args));
    }
}
