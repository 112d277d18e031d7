package dev.postmortem.core;

import dev.postmortem.core.narrative.Echo;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule of the core, told as an i18n message key with its {@code {0}}-style arguments, never as
 * English text: the adapters translate {@link #messageKey()} for the user (a REST 400, a form error). A subtype of
 * {@link IllegalArgumentException}, so code that guards a core call against bad arguments still catches it.
 *
 * <p>Only for what a user or another app can get wrong. A programming error (a null argument, an impossible state)
 * stays a plain exception with a plain text.
 *
 * <p>Text arguments are cut by {@link Echo} when the error is made, so neither a translated message nor a log line
 * carries a huge value whole. {@link #getMessage()} is for logs: the key and the arguments, for example
 * {@code postmortem.soak.policy.tooLong [9000]}.
 */
public final class InvalidInput extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> args;

    public InvalidInput(String messageKey, Object... args) {
        super(Objects.requireNonNull(messageKey, "messageKey"));
        this.messageKey = messageKey;
        List<Object> cut = new ArrayList<>(Arrays.asList(Objects.requireNonNull(args, "args")));
        cut.replaceAll(Echo::argument);
        // Arguments are formatted into a message; a null would print as "null", which is never meant.
        cut.forEach(arg -> Objects.requireNonNull(arg, "argument of " + messageKey));
        this.args = Collections.unmodifiableList(cut);
    }

    /** The i18n key of the message that says what is wrong. */
    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, in order; text arguments cut by {@link Echo}. Unmodifiable. */
    public List<Object> args() {
        return args;
    }

    /** For logs, not for users: the key, and the arguments when there are any. */
    @Override
    public String getMessage() {
        return args.isEmpty() ? messageKey
                : messageKey + args.stream().map(String::valueOf).collect(Collectors.joining(", ", " [", "]"));
    }

}
