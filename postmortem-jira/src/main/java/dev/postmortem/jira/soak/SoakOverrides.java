package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.narrative.UnsafeCharacters;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.jira.storage.OverrideLog;
import dev.postmortem.jira.storage.ProcessEvent;
import dev.postmortem.jira.storage.ProcessEventLog;
import dev.postmortem.jira.storage.ProcessEventType;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Records an audited override: a project admin lets an action be committed before the soak has passed, with a
 * required reason. One override row per linked postmortem (the storage model is per postmortem; the gate honours
 * overrides only while they cover every linked postmortem), one OVERRIDE process event, then the cached
 * overrides of the action are invalidated on every node. Permission is the caller's job (the REST resource).
 */
public class SoakOverrides {

    /** Long enough for an explanation, short enough to stay an explanation. */
    static final int MAX_REASON_LENGTH = 2000;

    private final SoakStatus status;
    private final SoakGate gate;
    private final OverrideLog overrideLog;
    private final ProcessEventLog processEventLog;
    private final CachedSoakRecords cachedRecords;
    private final Clock clock;

    public SoakOverrides(SoakStatus status, SoakGate gate, OverrideLog overrideLog, ProcessEventLog processEventLog,
            CachedSoakRecords cachedRecords, Clock clock) {
        this.status = Objects.requireNonNull(status, "status");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.overrideLog = Objects.requireNonNull(overrideLog, "overrideLog");
        this.processEventLog = Objects.requireNonNull(processEventLog, "processEventLog");
        this.cachedRecords = Objects.requireNonNull(cachedRecords, "cachedRecords");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Why an override was refused; empty when it was recorded. */
    public sealed interface Refusal permits InvalidReason, NothingToOverride {
        GateProblem problem();

        /** The linked postmortems the problem may name, for checking the caller may see them before it does. */
        Map<String, Issue> postmortems();
    }

    /** The request itself is wrong (400). */
    public record InvalidReason(GateProblem problem) implements Refusal {
        @Override
        public Map<String, Issue> postmortems() {
            return Map.of();
        }
    }

    /** The action is in no state an override could change (409). */
    public record NothingToOverride(GateProblem problem, Map<String, Issue> postmortems) implements Refusal {
        public NothingToOverride {
            postmortems = postmortems == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(postmortems));
        }

        public NothingToOverride(GateProblem problem) {
            this(problem, Map.of());
        }
    }

    public Optional<Refusal> override(Issue action, ApplicationUser admin, String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            return Optional.of(new InvalidReason(GateProblem.of("postmortem.jira.soak.override.reasonRequired")));
        }
        if (stripped.length() > MAX_REASON_LENGTH) {
            return Optional.of(new InvalidReason(
                    GateProblem.of("postmortem.jira.soak.override.reasonTooLong", MAX_REASON_LENGTH)));
        }
        if (UnsafeCharacters.firstUnsafe(stripped, true) >= 0) {
            // Never stored: a control character or a lone surrogate would break the log, the panel and the summary.
            return Optional.of(new InvalidReason(GateProblem.of("postmortem.jira.soak.override.reasonInvalidCharacter")));
        }
        Optional<GateSettings> settings = status.settings();
        if (settings.isEmpty()) {
            return Optional.of(new NothingToOverride(GateProblem.of("postmortem.jira.soak.problem.actionLinkTypeMissing")));
        }
        GateDecision decision = gate.decide(action, settings.get());
        if (decision instanceof GateDecision.CannotEvaluate cannot) {
            // An override cannot repair a broken gate: an admin must fix the cause.
            return Optional.of(new NothingToOverride(cannot.problem(), cannot.postmortems()));
        }
        if (decision.passes()) {
            return Optional.of(new NothingToOverride(GateProblem.of("postmortem.jira.soak.override.notNeeded",
                    action.getKey())));
        }
        List<Long> postmortemIds = gate.linkedPostmortemIds(action, settings.get().linkTypeId());
        if (postmortemIds.isEmpty()) {
            return Optional.of(new NothingToOverride(GateProblem.of("postmortem.jira.soak.override.noPostmortem",
                    action.getKey())));
        }
        Instant now = clock.instant();
        SoakOverride override = new SoakOverride(stripped, admin.getKey(), now);
        try {
            for (Long postmortemId : postmortemIds) {
                overrideLog.record(action.getId(), postmortemId, override, null);
            }
            processEventLog.append(new ProcessEvent(ProcessEventType.OVERRIDE, action.getId(),
                    action.getProjectId() == null ? 0L : action.getProjectId(), now, admin.getKey()));
        } finally {
            // Even after a partial write: the next read must come from the database, not a stale cache.
            cachedRecords.overridesChanged(action.getId());
        }
        return Optional.empty();
    }
}
