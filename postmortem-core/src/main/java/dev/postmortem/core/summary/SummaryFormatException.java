package dev.postmortem.core.summary;

import dev.postmortem.core.narrative.Echo;

import java.util.Arrays;
import java.util.List;

/**
 * A summary JSON document that cannot be read. Carries an i18n message key of the core bundle and its
 * arguments; never an English sentence meant for users. The exception message is for logs only. Text arguments
 * are cut by {@link Echo} and no cause carries the document's value, so neither a reader nor a log line gets a
 * huge value whole.
 */
public class SummaryFormatException extends Exception {

    /** Why the document cannot be read. */
    public enum Kind {
        /** Not JSON, or JSON that does not match the contract (missing field, wrong type, bad value). */
        MALFORMED,
        /** Written by a newer major version of the contract than this code reads. */
        NEWER_VERSION,
        /** Written by an older major version that is no longer read. */
        OLDER_VERSION
    }

    private final Kind kind;
    private final String messageKey;
    private final List<Object> args;

    public SummaryFormatException(Kind kind, String messageKey, Object... args) {
        this(kind, null, messageKey, args);
    }

    public SummaryFormatException(Kind kind, Throwable cause, String messageKey, Object... args) {
        this(kind, cause, messageKey, shortened(args));
    }

    private SummaryFormatException(Kind kind, Throwable cause, String messageKey, List<Object> args) {
        super(kind + " " + messageKey + " " + args, cause);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** Text arguments cut by {@link Echo}: the document may carry a huge value, the message never does. */
    private static List<Object> shortened(Object... args) {
        return Arrays.stream(args)
                .map(Echo::argument)
                .toList();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Message arguments, in order (strings and numbers). */
    public List<Object> args() {
        return args;
    }
}
