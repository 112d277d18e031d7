package dev.postmortem.core.decision;

import java.util.List;

/**
 * Every i18n key the decision package produces, with its arguments. The keys live in
 * {@code i18n/postmortem-core.properties} and its German twin; a test checks that each key below exists in both
 * and that the bundles hold no other {@code postmortem.decision.} key.
 */
public final class DecisionMessages {

    /** A drop without a reason (empty or only blanks). No args. */
    public static final String REASON_REQUIRED = "postmortem.decision.reason.required";
    /** The reason is too long. Args: limit, actual length (chars). */
    public static final String REASON_TOO_LONG = "postmortem.decision.reason.tooLong";
    /** The reason contains a control character. Args: the character as U+XXXX. */
    public static final String REASON_CONTROL_CHARACTER = "postmortem.decision.reason.controlCharacter";
    /** The reason contains a noncharacter or a lone surrogate. Args: the character as U+XXXX. */
    public static final String REASON_INVALID_CHARACTER = "postmortem.decision.reason.invalidCharacter";
    /** A request decides nothing. No args. */
    public static final String NOTHING_TO_DECIDE = "postmortem.decision.none";
    /** A request decides too many actions at once. Args: limit, actual count. */
    public static final String TOO_MANY = "postmortem.decision.tooMany";
    /** A decision without a choice. Args: decision position. */
    public static final String CHOICE_REQUIRED = "postmortem.decision.choice.required";
    /** A second decision for the same action in one request. Args: decision position, first position. */
    public static final String DUPLICATE_ACTION = "postmortem.decision.action.duplicate";
    /** A reminder setting outside 1 to 366 business days (thrown as an exception message). No args. */
    public static final String REMINDER_OUT_OF_RANGE = "postmortem.decision.reminder.businessDaysOutOfRange";

    private DecisionMessages() {
    }

    public static List<String> allKeys() {
        return List.of(REASON_REQUIRED, REASON_TOO_LONG, REASON_CONTROL_CHARACTER, REASON_INVALID_CHARACTER,
                NOTHING_TO_DECIDE, TOO_MANY, CHOICE_REQUIRED, DUPLICATE_ACTION, REMINDER_OUT_OF_RANGE);
    }
}
