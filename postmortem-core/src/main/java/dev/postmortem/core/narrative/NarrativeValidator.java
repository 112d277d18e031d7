package dev.postmortem.core.narrative;

import java.util.Objects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.postmortem.core.narrative.NarrativeJson.*;

/**
 * Checks a narrative and reports every problem at once, each with a path such as
 * {@code accounts[2].whyItMadeSense} and a message key from {@link NarrativeMessages}. Positions in message
 * arguments are 1-based; indexes in paths are 0-based.
 *
 * <p>What is checked:
 * <ul>
 *   <li>Inside each element that exists: an account needs its participant's user key and, once any answer is
 *       written, {@code whyItMadeSense} (an account without answers is awaited from its participant), and no
 *       participant has two accounts; a timeline entry needs a time and a
 *       text; a contributing factor is not empty.</li>
 *   <li>Impact order: the end and the detection are not before the start.</li>
 *   <li>Every instant lies in the years {@link NarrativeLimits#isSupported supported}.</li>
 *   <li>The {@link NarrativeLimits}: counts, the length of each text, and the size of the written JSON.</li>
 *   <li>No control characters (tabs and line breaks are allowed in free text, not in names), noncharacters or
 *       lone surrogates ({@link UnsafeCharacters}): they break rendering, some databases refuse {@code U+0000},
 *       and a lone surrogate cannot be stored as UTF-8.</li>
 * </ul>
 * The narrative as a whole has no required field: a debrief is written over time, and an empty one is valid.
 * Nothing is changed or cut here.
 */
public final class NarrativeValidator {

    private NarrativeValidator() {
    }

    public static List<Problem> validate(Narrative narrative) {
        Objects.requireNonNull(narrative, "narrative");
        List<Problem> problems = new ArrayList<>();
        freeText(problems, SUMMARY, narrative.summary());
        impact(problems, narrative.impact());
        timeline(problems, narrative.timeline());
        accounts(problems, narrative.accounts());
        contributingFactors(problems, narrative.contributingFactors());
        freeText(problems, WHAT_WE_LEARNED, narrative.whatWeLearned());

        int jsonLength = NarrativeJson.write(narrative).length();
        if (jsonLength > NarrativeLimits.MAX_JSON_CHARS) {
            problems.add(Problem.of("", NarrativeMessages.JSON_TOO_LARGE, NarrativeLimits.MAX_JSON_CHARS, jsonLength));
        }
        return List.copyOf(problems);
    }

    private static void impact(List<Problem> problems, Impact impact) {
        instant(problems, IMPACT + "." + IMPACT_START, impact.start());
        instant(problems, IMPACT + "." + IMPACT_END, impact.end());
        instant(problems, IMPACT + "." + IMPACT_DETECTED_AT, impact.detectedAt());
        if (impact.start() != null && impact.end() != null && impact.end().isBefore(impact.start())) {
            problems.add(Problem.of(IMPACT + "." + IMPACT_END, NarrativeMessages.IMPACT_END_BEFORE_START,
                    impact.end(), impact.start()));
        }
        if (impact.start() != null && impact.detectedAt() != null && impact.detectedAt().isBefore(impact.start())) {
            problems.add(Problem.of(IMPACT + "." + IMPACT_DETECTED_AT, NarrativeMessages.IMPACT_DETECTED_BEFORE_START,
                    impact.detectedAt(), impact.start()));
        }
        name(problems, IMPACT + "." + IMPACT_SEVERITY, impact.severity());
        freeText(problems, IMPACT + "." + IMPACT_DESCRIPTION, impact.description());
    }

    private static void timeline(List<Problem> problems, List<TimelineEntry> timeline) {
        count(problems, TIMELINE, timeline.size(), NarrativeLimits.MAX_TIMELINE_ENTRIES,
                NarrativeMessages.TIMELINE_TOO_MANY);
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEntry entry = timeline.get(i);
            String path = TIMELINE + "[" + i + "]";
            instant(problems, path + "." + ENTRY_TIME, entry.time());
            if (entry.time() == null) {
                problems.add(Problem.of(path + "." + ENTRY_TIME, NarrativeMessages.TIMELINE_TIME_REQUIRED, i + 1));
            }
            if (entry.text().isEmpty()) {
                problems.add(Problem.of(path + "." + ENTRY_TEXT, NarrativeMessages.TIMELINE_TEXT_REQUIRED, i + 1));
            }
            freeText(problems, path + "." + ENTRY_TEXT, entry.text());
            name(problems, path + "." + ENTRY_AUTHOR, entry.authorUserKey());
            if (entry.source() != null) {
                String source = path + "." + ENTRY_SOURCE;
                name(problems, source + "." + SOURCE_KIND, entry.source().kind());
                name(problems, source + "." + SOURCE_ISSUE_KEY, entry.source().issueKey());
                name(problems, source + "." + SOURCE_REF, entry.source().ref());
            }
        }
    }

    private static void accounts(List<Problem> problems, List<PersonalAccount> accounts) {
        count(problems, ACCOUNTS, accounts.size(), NarrativeLimits.MAX_ACCOUNTS, NarrativeMessages.ACCOUNTS_TOO_MANY);
        Map<String, Integer> firstPositionByUserKey = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            PersonalAccount account = accounts.get(i);
            String path = ACCOUNTS + "[" + i + "]";
            String userKey = account.participantUserKey();
            if (userKey.isEmpty()) {
                problems.add(Problem.of(path + "." + ACCOUNT_USER_KEY,
                        NarrativeMessages.ACCOUNT_PARTICIPANT_REQUIRED, i + 1));
            } else {
                Integer first = firstPositionByUserKey.putIfAbsent(userKey, i + 1);
                if (first != null) {
                    problems.add(Problem.of(path + "." + ACCOUNT_USER_KEY,
                            NarrativeMessages.ACCOUNT_PARTICIPANT_DUPLICATE, i + 1, Echo.of(account.participantName()),
                            first));
                }
            }
            // An account with no answer yet is awaited from its participant; once written, it says why.
            if (account.isWritten() && account.whyItMadeSense().isEmpty()) {
                problems.add(Problem.of(path + "." + ACCOUNT_WHY, NarrativeMessages.ACCOUNT_WHY_REQUIRED,
                        i + 1, Echo.of(account.participantName())));
            }
            name(problems, path + "." + ACCOUNT_USER_KEY, userKey);
            name(problems, path + "." + ACCOUNT_DISPLAY_NAME, account.participantDisplayName());
            name(problems, path + "." + ACCOUNT_ROLE, account.role());
            freeText(problems, path + "." + ACCOUNT_SAW, account.whatTheySawAndKnew());
            freeText(problems, path + "." + ACCOUNT_DID, account.whatTheyDid());
            freeText(problems, path + "." + ACCOUNT_WHY, account.whyItMadeSense());
            freeText(problems, path + "." + ACCOUNT_HELPED, account.whatWouldHaveHelped());
            name(problems, path + "." + ACCOUNT_EDITED_BY, account.lastEditedByUserKey());
            if (account.lastEditedAt() != null) {
                instant(problems, path + "." + ACCOUNT_EDITED_AT, account.lastEditedAt());
            }
        }
    }

    private static void contributingFactors(List<Problem> problems, List<String> factors) {
        count(problems, CONTRIBUTING_FACTORS, factors.size(), NarrativeLimits.MAX_CONTRIBUTING_FACTORS,
                NarrativeMessages.CONTRIBUTING_FACTORS_TOO_MANY);
        for (int i = 0; i < factors.size(); i++) {
            String path = CONTRIBUTING_FACTORS + "[" + i + "]";
            if (factors.get(i).isEmpty()) {
                problems.add(Problem.of(path, NarrativeMessages.CONTRIBUTING_FACTOR_EMPTY, i + 1));
            }
            freeText(problems, path, factors.get(i));
        }
    }

    /** An absent instant is fine here; one outside the supported years could not be stored and read back. */
    private static void instant(List<Problem> problems, String path, Instant instant) {
        if (instant != null && !NarrativeLimits.isSupported(instant)) {
            problems.add(Problem.of(path, NarrativeMessages.INSTANT_OUT_OF_RANGE, instant.toString()));
        }
    }

    private static void count(List<Problem> problems, String path, int count, int limit, String messageKey) {
        if (count > limit) {
            problems.add(Problem.of(path, messageKey, limit, count));
        }
    }

    /** Multi-line text: tabs and line feeds allowed. */
    private static void freeText(List<Problem> problems, String path, String text) {
        length(problems, path, text, NarrativeLimits.MAX_TEXT_CHARS);
        controlCharacter(problems, path, text, true);
    }

    /** Single-line values: keys, names, roles, labels. */
    private static void name(List<Problem> problems, String path, String text) {
        length(problems, path, text, NarrativeLimits.MAX_NAME_CHARS);
        controlCharacter(problems, path, text, false);
    }

    private static void length(List<Problem> problems, String path, String text, int limit) {
        if (text.length() > limit) {
            problems.add(Problem.of(path, NarrativeMessages.TEXT_TOO_LONG, limit, text.length()));
        }
    }

    /**
     * Reports the first {@linkplain UnsafeCharacters unsafe} character only: one problem per field is enough to
     * find and fix it. A control character is named as one; a noncharacter or a lone surrogate as a character
     * that cannot be stored.
     */
    private static void controlCharacter(List<Problem> problems, String path, String text, boolean multiLine) {
        int at = UnsafeCharacters.firstUnsafe(text, multiLine);
        if (at >= 0) {
            String key = Character.isISOControl(text.charAt(at))
                    ? NarrativeMessages.TEXT_CONTROL_CHARACTER : NarrativeMessages.TEXT_INVALID_CHARACTER;
            problems.add(Problem.of(path, key, UnsafeCharacters.describe(text, at)));
        }
    }
}
