package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import dev.postmortem.core.soak.LinkedPostmortem;
import dev.postmortem.core.soak.OverrideCoverage;
import dev.postmortem.core.soak.SoakClock;
import dev.postmortem.core.soak.SoakGateRule;
import dev.postmortem.core.soak.SoakOverride;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.SoakVerdict;
import dev.postmortem.jira.host.OncePerNode;
import dev.postmortem.jira.storage.OverrideRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The soak gate: reads the host objects around one action issue, asks the core {@link SoakClock}, and returns a
 * {@link GateDecision}. Shared by the workflow condition, the validator, the panel and the REST resource, so all
 * four always agree.
 *
 * <p>Cost per evaluation (the condition runs for every transition button on every issue view): one link lookup
 * ({@code getInwardLinks}: a postmortem is the source of the link, the action its destination), one link type
 * lookup by id (served from Jira's link type cache), the postmortems the links carry, the debrief field resolved
 * once ({@link DebriefField}) and the policy and override from the cluster-safe cache ({@link SoakRecords}). No
 * database query of our own once the cache is warm.
 *
 * <p>Fails closed: whenever it cannot evaluate (misconfigured args, link type or debrief field gone, a debrief
 * value that is not a date, storage unreadable) it returns {@link GateDecision.CannotEvaluate}, logged once per
 * problem and node.
 */
public class SoakGate {

    private final IssueLinkManager issueLinkManager;
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final DebriefField debriefField;
    private final SoakRecords records;
    private final Clock clock;
    private final SoakClock soakClock;
    private static final Logger LOG = LoggerFactory.getLogger(SoakGate.class);

    /**
     * Each distinct problem ({@link GateProblem#logKey}) is logged once per node: the condition runs for every
     * transition button on every issue view, so a broken configuration logged per evaluation would flood the log.
     */
    private final OncePerNode loggedProblems = new OncePerNode();

    public SoakGate(IssueLinkManager issueLinkManager, IssueLinkTypeManager issueLinkTypeManager,
            DebriefField debriefField, SoakRecords records, Clock clock) {
        this.issueLinkManager = Objects.requireNonNull(issueLinkManager, "issueLinkManager");
        this.issueLinkTypeManager = Objects.requireNonNull(issueLinkTypeManager, "issueLinkTypeManager");
        this.debriefField = Objects.requireNonNull(debriefField, "debriefField");
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.soakClock = new SoakClock(clock);
    }

    /** Decides for a workflow condition or validator: {@code args} are the descriptor's saved arguments. */
    public GateDecision decide(Issue issue, Map<?, ?> args) {
        GateSettings.Parsed parsed = GateSettings.parse(args);
        if (parsed instanceof GateSettings.Invalid invalid) {
            return cannotEvaluate(invalid.problem(), null);
        }
        return decide(issue, ((GateSettings.Valid) parsed).settings());
    }

    public GateDecision decide(Issue issue, GateSettings settings) {
        if (issue == null || issue.getId() == null) {
            return cannotEvaluate(GateProblem.of("postmortem.jira.soak.problem.noIssue"), null);
        }
        if (issueLinkTypeManager.getIssueLinkType(settings.linkTypeId()) == null) {
            return cannotEvaluate(GateProblem.of("postmortem.jira.soak.problem.linkTypeMissing",
                    Long.toString(settings.linkTypeId())), null);
        }
        List<LinkedPostmortem> postmortems = new ArrayList<>();
        Map<String, Issue> postmortemIssues = new LinkedHashMap<>();
        Set<Long> postmortemIds = new HashSet<>();
        CustomField field = null;
        for (IssueLink link : issueLinkManager.getInwardLinks(issue.getId())) {
            if (!Objects.equals(link.getLinkTypeId(), settings.linkTypeId())) {
                continue;
            }
            Issue postmortem = link.getSourceObject();
            if (postmortem == null) {
                // Shown to whoever moves the action, who may not know the issue: the id goes to the log only.
                return cannotEvaluate(GateProblem.of("postmortem.jira.soak.problem.postmortemUnavailable")
                        .withLogDetail("linked issue id " + link.getSourceId()), null);
            }
            postmortemIds.add(postmortem.getId());
            postmortemIssues.put(postmortem.getKey(), postmortem);
            if (field == null) {
                Optional<CustomField> resolved = debriefField.resolve();
                if (resolved.isEmpty()) {
                    return cannotEvaluate(GateProblem.of("postmortem.jira.soak.problem.debriefFieldMissing"), null);
                }
                field = resolved.get();
            }
            Object heldAt = postmortem.getCustomFieldValue(field);
            if (heldAt == null) {
                postmortems.add(LinkedPostmortem.awaitingDebrief(postmortem.getKey()));
            } else if (heldAt instanceof Date date) {
                // getTime, not toInstant: java.sql.Date.toInstant throws.
                postmortems.add(LinkedPostmortem.debriefed(postmortem.getKey(), Instant.ofEpochMilli(date.getTime())));
            } else {
                return cannotEvaluate(GateProblem.of("postmortem.jira.soak.problem.debriefNotDate",
                        field.getName(), postmortem.getKey()), Collections.singletonMap(postmortem.getKey(), postmortem), null);
            }
        }
        SoakPolicy policy;
        Optional<SoakOverride> override;
        try {
            if (postmortems.isEmpty()) {
                // Nothing to soak, nothing an override could cover: the clock needs neither record.
                override = Optional.empty();
                policy = SoakPolicy.DEFAULT;
            } else {
                override = coveringOverride(records.overridesFor(issue.getId()), postmortemIds);
                policy = policyFor(issue, settings);
            }
        } catch (RuntimeException e) {
            // Storage or cache unreadable: fail closed, never guess. Logged once with the cause.
            return cannotEvaluate(GateProblem.of("postmortem.jira.soak.problem.recordsUnavailable"), e);
        }
        SoakVerdict verdict = soakClock.evaluate(policy, postmortems, override);
        boolean passes = new SoakGateRule(settings.passWithoutPostmortem()).passes(verdict);
        return new GateDecision.Evaluated(verdict, passes, postmortemIssues);
    }

    /** The override that covers every linked postmortem, if any: the rule is the core's {@link OverrideCoverage}. */
    private Optional<SoakOverride> coveringOverride(List<OverrideRecord> overrides, Set<Long> postmortemIds) {
        return OverrideCoverage.covering(postmortemIds,
                overrides.stream().map(OverrideRecord::forPostmortem).toList(), clock.instant());
    }

    /**
     * The ids of the postmortems linked to the action by this link type (the issues an override must cover).
     * Same single link lookup as {@link #decide}.
     */
    public List<Long> linkedPostmortemIds(Issue action, long linkTypeId) {
        return issueLinkManager.getInwardLinks(action.getId()).stream()
                .filter(link -> Objects.equals(link.getLinkTypeId(), linkTypeId))
                .map(IssueLink::getSourceId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private SoakPolicy policyFor(Issue issue, GateSettings settings) {
        if (settings.soakHours().isPresent()) {
            return SoakPolicy.ofHours(settings.soakHours().getAsLong());
        }
        return records.policyFor(issue.getProjectId());
    }

    private GateDecision cannotEvaluate(GateProblem problem, Throwable cause) {
        return cannotEvaluate(problem, Map.of(), cause);
    }

    private GateDecision cannotEvaluate(GateProblem problem, Map<String, Issue> named, Throwable cause) {
        if (loggedProblems.first(problem.logKey())) {
            String detail = problem.logDetail() == null ? "" : " (" + problem.logDetail() + ")";
            if (cause == null) {
                LOG.warn("Soak gate cannot evaluate and fails closed (transition hidden, validator refuses): {} {}{}"
                        + " (logged once per problem and node)", problem.messageKey(), problem.args(), detail);
            } else {
                LOG.warn("Soak gate cannot evaluate and fails closed (transition hidden, validator refuses): {} {}{}"
                        + " (logged once per problem and node)", problem.messageKey(), problem.args(), detail, cause);
            }
        }
        return new GateDecision.CannotEvaluate(problem, named);
    }
}
