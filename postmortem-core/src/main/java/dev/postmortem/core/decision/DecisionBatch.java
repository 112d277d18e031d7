package dev.postmortem.core.decision;

import dev.postmortem.core.narrative.Problem;
import dev.postmortem.core.summary.SummaryLimits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decisions of one request (one action or many at once), checked as a whole: either every decision is valid
 * and {@link #problems()} is empty, or nothing may be applied and {@link #decisions()} is empty. All or nothing,
 * so a person who fixes one reason does not find half of a bulk choice already applied.
 *
 * <p>Problem paths are {@code decisions[i]} and {@code decisions[i].reason} with a 0-based index (the JSON path);
 * the positions in message arguments are 1-based, as people count. Whether the person may decide each action,
 * and whether it still awaits a decision, is the host's check.
 */
public record DecisionBatch(List<Decision> decisions, List<Problem> problems) {

    /** One request decides at most this many actions: the summary's most actions (100) shown at once. */
    public static final int MAX_DECISIONS = SummaryLimits.MAX_ACTIONS;

    public DecisionBatch {
        decisions = List.copyOf(decisions);
        problems = List.copyOf(problems);
        if (!decisions.isEmpty() && !problems.isEmpty()) {
            throw new IllegalArgumentException("decisions only without problems");
        }
    }

    /** Checks every request; reports every problem found, not only the first. */
    public static DecisionBatch read(List<DecisionRequest> requests) {
        Objects.requireNonNull(requests, "requests");
        if (requests.isEmpty()) {
            return new DecisionBatch(List.of(), List.of(Problem.of("decisions", DecisionMessages.NOTHING_TO_DECIDE)));
        }
        if (requests.size() > MAX_DECISIONS) {
            // Not read further: the size alone is the answer, and a huge request costs nothing more.
            return new DecisionBatch(List.of(), List.of(
                    Problem.of("decisions", DecisionMessages.TOO_MANY, MAX_DECISIONS, requests.size())));
        }
        List<Decision> decisions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<Long, Integer> firstPosition = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            DecisionRequest request = Objects.requireNonNull(requests.get(i), "request");
            String path = "decisions[" + i + "]";
            Integer first = firstPosition.putIfAbsent(request.actionId(), i + 1);
            if (first != null) {
                problems.add(Problem.of(path, DecisionMessages.DUPLICATE_ACTION, i + 1, first));
                continue;
            }
            if (request.choice() == null) {
                problems.add(Problem.of(path, DecisionMessages.CHOICE_REQUIRED, i + 1));
                continue;
            }
            switch (request.choice()) {
                case COMMIT -> decisions.add(Decision.commit(request.actionId()));
                case KEEP -> decisions.add(Decision.keep(request.actionId()));
                case DROP -> {
                    List<Problem> reasonProblems = DropReason.problems(request.reason(), path + ".reason");
                    if (reasonProblems.isEmpty()) {
                        decisions.add(Decision.drop(request.actionId(), new DropReason(request.reason())));
                    } else {
                        problems.addAll(reasonProblems);
                    }
                }
            }
        }
        return problems.isEmpty() ? new DecisionBatch(decisions, List.of()) : new DecisionBatch(List.of(), problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
