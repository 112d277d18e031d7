package dev.postmortem.core.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asked to decide, and when. For one postmortem whose soak has ended:
 * <ul>
 *   <li>the <b>soak-end notice</b> is due from the soak end on;</li>
 *   <li>the <b>reminder</b> is due from {@link ReminderPolicy#dueAt(Instant)} on;</li>
 *   <li>either goes to the postmortem's owner (its assignee, else its reporter) and to the assignees of the actions
 *       awaiting a decision, each person once (the owner first, then assignees in action order), each message
 *       naming every action awaiting a decision;</li>
 *   <li>nobody is asked when no action awaits a decision;</li>
 *   <li>neither is sent more than {@link #MAX_LATENESS} after it fell due. A job that runs again after an upgrade,
 *       a long outage or a shortened reminder setting would otherwise mail every old postmortem at once; a notice
 *       that late no longer helps anyone decide, and the panel still lists the undecided actions.</li>
 * </ul>
 * At most one of each per soak end: the caller records each {@link Notice} under its {@link NoticeKey} and
 * recipient, and skips those already recorded. Pure: the only time is the {@code now} handed in.
 */
public final class DecisionNotices {

    /** How long after falling due a notice is still sent; a failed mail is retried within this time. */
    public static final Duration MAX_LATENESS = Duration.ofDays(14);

    private DecisionNotices() {
    }

    /** The postmortem's owner: its assignee, else its reporter; empty when neither is set (null or blank). */
    public static Optional<String> owner(String assigneeKey, String reporterKey) {
        if (assigneeKey != null && !assigneeKey.isBlank()) {
            return Optional.of(assigneeKey);
        }
        if (reporterKey != null && !reporterKey.isBlank()) {
            return Optional.of(reporterKey);
        }
        return Optional.empty();
    }

    /** The soak-end notices due at {@code now}; empty before the soak end, when stale or when nothing awaits. */
    public static List<Notice> soakEnded(PostmortemActions postmortem, Optional<String> owner, Instant now) {
        Objects.requireNonNull(postmortem, "postmortem");
        if (!postmortem.soakEndedBy(now)) {
            return List.of();
        }
        Instant soakEnd = postmortem.soakEndedAt();
        return notices(new NoticeKey(NoticeKey.Kind.SOAK_ENDED, postmortem.postmortemId(), soakEnd), soakEnd,
                postmortem, owner, now);
    }

    /** The reminders due at {@code now}; empty before they are due, when stale or when nothing awaits. */
    public static List<Notice> reminders(PostmortemActions postmortem, Optional<String> owner, ReminderPolicy policy,
            Instant now) {
        Objects.requireNonNull(postmortem, "postmortem");
        Objects.requireNonNull(policy, "policy");
        if (!postmortem.soakEndedBy(now)) {
            return List.of();
        }
        Instant soakEnd = postmortem.soakEndedAt();
        return notices(new NoticeKey(NoticeKey.Kind.DECISION_REMINDER, postmortem.postmortemId(), soakEnd),
                policy.dueAt(soakEnd), postmortem, owner, now);
    }

    private static List<Notice> notices(NoticeKey key, Instant due, PostmortemActions postmortem,
            Optional<String> owner, Instant now) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(now, "now");
        if (now.isBefore(due) || now.isAfter(due.plus(MAX_LATENESS))) {
            return List.of();
        }
        List<DecidableAction> awaiting = postmortem.awaitingDecisionAt(now);
        if (awaiting.isEmpty()) {
            return List.of();
        }
        List<Long> actionIds = awaiting.stream().map(DecidableAction::actionId).toList();
        Set<String> recipients = new LinkedHashSet<>();
        owner.filter(name -> !name.isBlank()).ifPresent(recipients::add);
        awaiting.forEach(action -> action.assignee().ifPresent(recipients::add));
        List<Notice> notices = new ArrayList<>();
        for (String recipient : recipients) {
            List<Long> assigned = awaiting.stream()
                    .filter(action -> recipient.equals(action.assigneeKey()))
                    .map(DecidableAction::actionId)
                    .toList();
            boolean isOwner = owner.filter(recipient::equals).isPresent();
            notices.add(new Notice(key, recipient, isOwner, actionIds, assigned));
        }
        return List.copyOf(notices);
    }
}
