package dev.postmortem.core.decision;

import java.util.List;
import java.util.Objects;

/**
 * One message to one person about one postmortem's soak end: the actions awaiting a decision that it names. The
 * host shows each person only the actions they may browse, and sends nothing when that leaves none.
 *
 * @param key          the notice's idempotence key; {@code (key, recipientKey)} is recorded once
 * @param recipientKey the person's user key
 * @param owner        whether the person is the postmortem's owner (else an assignee of a named action)
 * @param actionIds    the actions awaiting a decision, in the postmortem's order; never empty
 * @param assignedIds  those of them assigned to the recipient, in the same order
 */
public record Notice(NoticeKey key, String recipientKey, boolean owner, List<Long> actionIds,
        List<Long> assignedIds) {

    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(recipientKey, "recipientKey");
        actionIds = List.copyOf(actionIds);
        assignedIds = List.copyOf(assignedIds);
        if (actionIds.isEmpty()) {
            throw new IllegalArgumentException("a notice names at least one action");
        }
        if (!actionIds.containsAll(assignedIds)) {
            throw new IllegalArgumentException("assigned actions are among the named ones");
        }
    }
}
