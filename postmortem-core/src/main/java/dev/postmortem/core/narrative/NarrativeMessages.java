package dev.postmortem.core.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every i18n key the narrative package produces, with its arguments. The keys live in
 * {@code i18n/postmortem-core.properties} and its German twin; a test checks that each key below exists in
 * both. Arguments that are positions are 1-based, as people count.
 */
public final class NarrativeMessages {

    // JSON codec
    /** The input is empty. */
    public static final String JSON_EMPTY = "postmortem.narrative.json.empty";
    /** The input is not well-formed JSON. Args: line, column. */
    public static final String JSON_MALFORMED = "postmortem.narrative.json.malformed";
    /** The input or the written narrative is too long. Args: limit, actual length (chars). */
    public static final String JSON_TOO_LARGE = "postmortem.narrative.json.tooLarge";
    /** An object was expected at the path. */
    public static final String JSON_EXPECTED_OBJECT = "postmortem.narrative.json.expectedObject";
    /** A list was expected at the path. */
    public static final String JSON_EXPECTED_LIST = "postmortem.narrative.json.expectedList";
    /** A text was expected at the path. */
    public static final String JSON_EXPECTED_TEXT = "postmortem.narrative.json.expectedText";
    /** Not an ISO-8601 instant such as 2026-11-24T09:30:00Z. Args: the value found. */
    public static final String JSON_INVALID_INSTANT = "postmortem.narrative.json.invalidInstant";
    /** Not a known failure class. Args: the value found, the allowed values. */
    public static final String JSON_UNKNOWN_FAILURE_CLASS = "postmortem.narrative.json.unknownFailureClass";
    /** The version is not a positive whole number. Args: the value found. */
    public static final String JSON_VERSION_INVALID = "postmortem.narrative.json.version.invalid";
    /** Written by a newer version of the app. Args: the version found, the newest version this app reads. */
    public static final String JSON_VERSION_UNSUPPORTED = "postmortem.narrative.json.version.unsupported";

    /**
     * An instant outside {@link NarrativeLimits#EARLIEST_INSTANT} to {@link NarrativeLimits#LATEST_INSTANT}, found
     * on read or in the model. Args: the value as written.
     */
    public static final String INSTANT_OUT_OF_RANGE = "postmortem.narrative.instant.outOfRange";

    // Validation
    /** A text is too long. Args: limit, actual length (chars). */
    public static final String TEXT_TOO_LONG = "postmortem.narrative.text.tooLong";
    /** A text contains a control character. Args: the character as U+XXXX. */
    public static final String TEXT_CONTROL_CHARACTER = "postmortem.narrative.text.controlCharacter";
    /** A text contains a noncharacter or a lone surrogate. Args: the character as U+XXXX. */
    public static final String TEXT_INVALID_CHARACTER = "postmortem.narrative.text.invalidCharacter";
    /** Too many personal accounts. Args: limit, actual count. */
    public static final String ACCOUNTS_TOO_MANY = "postmortem.narrative.accounts.tooMany";
    /** Too many timeline entries. Args: limit, actual count. */
    public static final String TIMELINE_TOO_MANY = "postmortem.narrative.timeline.tooMany";
    /** Too many contributing factors. Args: limit, actual count. */
    public static final String CONTRIBUTING_FACTORS_TOO_MANY = "postmortem.narrative.contributingFactors.tooMany";
    /** An account has no participant. Args: account position. */
    public static final String ACCOUNT_PARTICIPANT_REQUIRED = "postmortem.narrative.account.participant.required";
    /** A second account for the same participant. Args: account position, participant name, first position. */
    public static final String ACCOUNT_PARTICIPANT_DUPLICATE = "postmortem.narrative.account.participant.duplicate";
    /** An account does not say why the actions made sense. Args: account position, participant name. */
    public static final String ACCOUNT_WHY_REQUIRED = "postmortem.narrative.account.whyItMadeSense.required";
    /** A timeline entry has no time. Args: entry position. */
    public static final String TIMELINE_TIME_REQUIRED = "postmortem.narrative.timeline.time.required";
    /** A timeline entry has no text. Args: entry position. */
    public static final String TIMELINE_TEXT_REQUIRED = "postmortem.narrative.timeline.text.required";
    /** A contributing factor is empty. Args: factor position. */
    public static final String CONTRIBUTING_FACTOR_EMPTY = "postmortem.narrative.contributingFactor.empty";
    /** The impact ends before it starts. Args: end, start (instants). */
    public static final String IMPACT_END_BEFORE_START = "postmortem.narrative.impact.endBeforeStart";
    /** The impact was detected before it started. Args: detected at, start (instants). */
    public static final String IMPACT_DETECTED_BEFORE_START = "postmortem.narrative.impact.detectedBeforeStart";

    // Labels and explanations for the adapters
    /** Explains what a controllable failure calls for. */
    public static final String FOLLOW_UP_CONTROLLABLE = "postmortem.narrative.followUp.controllable";
    /** Explains what a novel failure calls for. */
    public static final String FOLLOW_UP_NOVEL = "postmortem.narrative.followUp.novel";
    /** Explains what a failure of an external dependency calls for. */
    public static final String FOLLOW_UP_EXTERNAL_DEPENDENCY = "postmortem.narrative.followUp.externalDependency";

    private NarrativeMessages() {
    }

    /** The label key of a failure class, e.g. {@code postmortem.narrative.failureClass.NOVEL}. */
    public static String failureClassLabel(FailureClass failureClass) {
        return "postmortem.narrative.failureClass." + failureClass.name();
    }

    /** Every key of this package: the constants above, the failure class labels and the follow-up kinds. */
    public static List<String> allKeys() {
        List<String> keys = new ArrayList<>(List.of(
                JSON_EMPTY, JSON_MALFORMED, JSON_TOO_LARGE, JSON_EXPECTED_OBJECT, JSON_EXPECTED_LIST,
                JSON_EXPECTED_TEXT, JSON_INVALID_INSTANT, JSON_UNKNOWN_FAILURE_CLASS, JSON_VERSION_INVALID,
                JSON_VERSION_UNSUPPORTED, INSTANT_OUT_OF_RANGE,
                TEXT_TOO_LONG, TEXT_CONTROL_CHARACTER, TEXT_INVALID_CHARACTER, ACCOUNTS_TOO_MANY, TIMELINE_TOO_MANY,
                CONTRIBUTING_FACTORS_TOO_MANY, ACCOUNT_PARTICIPANT_REQUIRED, ACCOUNT_PARTICIPANT_DUPLICATE,
                ACCOUNT_WHY_REQUIRED, TIMELINE_TIME_REQUIRED, TIMELINE_TEXT_REQUIRED, CONTRIBUTING_FACTOR_EMPTY,
                IMPACT_END_BEFORE_START, IMPACT_DETECTED_BEFORE_START,
                FOLLOW_UP_CONTROLLABLE, FOLLOW_UP_NOVEL, FOLLOW_UP_EXTERNAL_DEPENDENCY));
        Arrays.stream(FailureClass.values()).map(NarrativeMessages::failureClassLabel).forEach(keys::add);
        Arrays.stream(ExpectedFollowUp.values()).map(ExpectedFollowUp::messageKey).forEach(keys::add);
        return List.copyOf(keys);
    }
}
