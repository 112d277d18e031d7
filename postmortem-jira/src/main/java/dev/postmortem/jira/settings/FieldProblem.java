package dev.postmortem.jira.settings;

import java.util.List;
import java.util.Objects;

/** A problem with one field of the form: a message key with its arguments, translated when the page is shown. */
record FieldProblem(Field field, String messageKey, List<Object> args) {

    FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }
}
