package dev.postmortem.jira.storage;

import java.util.Objects;

/**
 * What makes a notification unique: its kind (e.g. {@code SOAK_ENDED}, {@code DECISION_REMINDER},
 * {@code ACCOUNT_REQUEST}), what it is about (the postmortem's issue id), the occasion (e.g. the soak end in epoch
 * milliseconds, or the request's time) and the recipient's user key.
 */
public record NoticeId(String kind, long subjectId, long occasion, String recipientKey) {

    /** Longest kind and recipient key stored. */
    public static final int MAX_KIND = 32;
    public static final int MAX_RECIPIENT = 255;

    public NoticeId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientKey, "recipientKey");
        if (kind.isEmpty() || kind.length() > MAX_KIND) {
            throw new IllegalArgumentException("kind of 1-" + MAX_KIND + " characters");
        }
        if (recipientKey.isEmpty() || recipientKey.length() > MAX_RECIPIENT) {
            throw new IllegalArgumentException("recipient key of 1-" + MAX_RECIPIENT + " characters");
        }
    }
}
