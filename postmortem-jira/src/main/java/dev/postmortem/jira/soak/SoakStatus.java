package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.core.soak.SoakVerdict;
import dev.postmortem.jira.host.CallerAccess;
import dev.postmortem.jira.host.PostmortemLookup;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * The soak status of an action for the panel and the REST resource, with the gate's settings outside a workflow:
 * the project's policy and the Postmortem action link type that setup ensures.
 */
public class SoakStatus {

    private final SoakGate gate;
    private final PostmortemLookup postmortemLookup;
    private final SoakTexts texts;
    private final Clock clock;
    private final CallerAccess access;

    public SoakStatus(SoakGate gate, PostmortemLookup postmortemLookup, SoakTexts texts, Clock clock,
            CallerAccess access) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.postmortemLookup = Objects.requireNonNull(postmortemLookup, "postmortemLookup");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
    }

    /** Project policy, the Postmortem action link type; empty when that link type does not exist. */
    Optional<GateSettings> settings() {
        return postmortemLookup.actionLinkType()
                .map(type -> new GateSettings(OptionalLong.empty(), type.getId(), false));
    }

    GateDecision decide(Issue action) {
        return settings()
                .map(settings -> gate.decide(action, settings))
                .orElseGet(() -> new GateDecision.CannotEvaluate(GateProblem.of("postmortem.jira.soak.problem.actionLinkTypeMissing")));
    }

    /**
     * The status for the viewer. A linked postmortem is named only if the viewer may browse it (one permission
     * check on the issue the link carried); one they may not is described, never named, and still counted.
     *
     * @param mayOverride whether the viewer is an admin of the action's project
     */
    public SoakStatusView of(Issue action, boolean mayOverride) {
        GateDecision decision = decide(action);
        Predicate<Issue> mayBrowse = access::mayBrowse;
        String key = action.getKey();
        if (decision instanceof GateDecision.CannotEvaluate cannot) {
            return view(key, SoakStatusView.State.CANNOT_EVALUATE, false,
                    texts.text("postmortem.jira.soak.status.cannotEvaluate",
                            texts.problem(cannot.problem(), decision, mayBrowse)),
                    null, null, null, null, List.of(), null, false);
        }
        SoakVerdict verdict = ((GateDecision.Evaluated) decision).verdict();
        if (verdict instanceof SoakVerdict.Soaking soaking) {
            String heldBy = texts.postmortemName(soaking.heldByKey(), decision, mayBrowse);
            return view(key, SoakStatusView.State.SOAKING, false,
                    texts.text("postmortem.jira.soak.status.soaking", heldBy, texts.dateTime(soaking.until())),
                    soaking.until().toString(), texts.dateTime(soaking.until()),
                    texts.timeLeft(clock.instant(), soaking.until()), heldBy, List.of(), null, mayOverride);
        }
        if (verdict instanceof SoakVerdict.AwaitingDebrief awaiting) {
            List<String> names = texts.postmortemNames(awaiting.postmortemKeys(), decision, mayBrowse);
            return view(key, SoakStatusView.State.AWAITING_DEBRIEF, false,
                    texts.text("postmortem.jira.soak.status.awaitingDebrief",
                            String.join(", ", names), awaiting.postmortemKeys().size()),
                    null, null, null, null, names, null, mayOverride);
        }
        if (verdict instanceof SoakVerdict.Overridden overridden) {
            SoakOverride override = overridden.override();
            return view(key, SoakStatusView.State.OVERRIDDEN, true,
                    texts.text("postmortem.jira.soak.status.overridden", texts.userName(override.byUserKey()),
                            override.reason()),
                    null, null, null, null, List.of(), override, false);
        }
        if (verdict instanceof SoakVerdict.Committable) {
            return view(key, SoakStatusView.State.COMMITTABLE, true, texts.text("postmortem.jira.soak.status.committable"),
                    null, null, null, null, List.of(), null, false);
        }
        return view(key, SoakStatusView.State.NO_POSTMORTEM, false, texts.text("postmortem.jira.soak.status.noPostmortem"),
                null, null, null, null, List.of(), null, false);
    }

    /**
     * The arguments of a problem as this viewer may see them: a linked postmortem they may not browse is described,
     * not named (the same rule as {@link #of}), for problems answered outside a status, e.g. a refused override.
     */
    public List<Object> shownArgs(GateProblem problem, Map<String, Issue> postmortems) {
        return texts.shownArgs(problem, postmortems, access::mayBrowse);
    }

    private SoakStatusView view(String key, SoakStatusView.State state, boolean committable, String message,
            String endsAt, String endsAtDisplay, String timeLeft, String heldBy, List<String> awaiting,
            SoakOverride override, boolean canOverride) {
        return new SoakStatusView(key, state, committable, message, endsAt, endsAtDisplay, timeLeft, heldBy, awaiting,
                override == null ? null : texts.userName(override.byUserKey()),
                override == null ? null : override.reason(),
                override == null ? null : texts.dateTime(override.at()),
                canOverride);
    }
}
