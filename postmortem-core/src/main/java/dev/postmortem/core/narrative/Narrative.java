package dev.postmortem.core.narrative;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The debrief of one incident: what happened, its impact, a timeline, one personal account per participant,
 * contributing factors, what we learned and the failure class.
 *
 * <p>Immutable. Texts are normalised on construction (line endings to LF, ends trimmed) and never null: an
 * absent text is empty, an absent impact is {@link Impact#empty()}, an absent list is empty. Lists are
 * defensive copies, unmodifiable and never contain null. Completeness and limits are not
 * constructor invariants: a debrief is written over time, so a draft with gaps is a valid value, and
 * {@link NarrativeValidator} reports every problem of it at once.
 *
 * @param summary             what happened, in a few sentences
 * @param impact              what the incident did and when
 * @param timeline            the moments of the incident, in the order the team wrote them
 * @param accounts            the personal accounts, one per participant
 * @param contributingFactors the conditions that together made the incident possible
 * @param whatWeLearned       the learning to share
 * @param failureClass        the class of failure, or {@code null} until the team has decided it
 */
public record Narrative(
        String summary,
        Impact impact,
        List<TimelineEntry> timeline,
        List<PersonalAccount> accounts,
        List<String> contributingFactors,
        String whatWeLearned,
        FailureClass failureClass) {

    /** A blank line (possibly with spaces) separates two learnings; texts are already normalised to LF. */
    private static final Pattern BETWEEN_LEARNINGS = Pattern.compile("\\n\\s*\\n");

    private static final Narrative EMPTY =
            new Narrative("", Impact.empty(), List.of(), List.of(), List.of(), "", null);

    public Narrative {
        summary = TextNormalisation.normalise(summary);
        impact = Objects.requireNonNullElse(impact, Impact.empty());
        timeline = copy(timeline, "timeline");
        accounts = copy(accounts, "accounts");
        contributingFactors = copy(contributingFactors, "contributingFactors").stream()
                .map(TextNormalisation::normalise)
                .toList();
        whatWeLearned = TextNormalisation.normalise(whatWeLearned);
    }

    /** A debrief with nothing written yet. */
    public static Narrative empty() {
        return EMPTY;
    }

    public Optional<FailureClass> decidedFailureClass() {
        return Optional.ofNullable(failureClass);
    }

    /** The follow-up the failure class calls for; absent until the class is decided. */
    public Optional<FollowUpExpectation> followUpExpectation() {
        return decidedFailureClass().map(FollowUpExpectation::of);
    }

    /**
     * What we learned as separate learnings, one per paragraph (paragraphs are separated by a blank line), each
     * trimmed; empty when nothing has been written. The summary shows them as a list.
     */
    public List<String> learnings() {
        return BETWEEN_LEARNINGS.splitAsStream(whatWeLearned)
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .toList();
    }

    public Narrative withFailureClass(FailureClass newFailureClass) {
        return new Narrative(summary, impact, timeline, accounts, contributingFactors, whatWeLearned,
                newFailureClass);
    }

    /** The account of the participant with this user key, if the narrative names them. */
    public Optional<PersonalAccount> account(String participantUserKey) {
        return accounts.stream().filter(a -> a.participantUserKey().equals(participantUserKey)).findFirst();
    }

    /** How many of the accounts are written (the rest are awaited from their participants). */
    public int writtenAccounts() {
        return (int) accounts.stream().filter(PersonalAccount::isWritten).count();
    }

    /**
     * This narrative with the account replaced by the one of the same participant, in its place; appended when the
     * narrative does not name the participant yet. Everything else stays as it is: saving one person's account never
     * touches another's.
     */
    public Narrative withAccount(PersonalAccount account) {
        Objects.requireNonNull(account, "account");
        List<PersonalAccount> merged = new java.util.ArrayList<>(accounts);
        boolean replaced = false;
        for (int i = 0; i < merged.size() && !replaced; i++) {
            if (merged.get(i).participantUserKey().equals(account.participantUserKey())) {
                merged.set(i, account);
                replaced = true;
            }
        }
        if (!replaced) {
            merged.add(account);
        }
        return new Narrative(summary, impact, timeline, merged, contributingFactors, whatWeLearned, failureClass);
    }

    private static <T> List<T> copy(List<T> list, String name) {
        if (list == null) {
            return List.of();
        }
        for (T element : list) {
            if (element == null) {
                throw new IllegalArgumentException(name + " must not contain null");
            }
        }
        return List.copyOf(list);
    }
}
