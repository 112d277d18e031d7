package dev.postmortem.jira.process;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.decision.DecisionMetrics;
import dev.postmortem.core.process.Commit;
import dev.postmortem.core.process.PostmortemProcess;
import dev.postmortem.core.process.ProcessMetrics;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.jira.host.Json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * The JSON of {@code GET /rest/postmortem/1.0/process/project/{projectKey}} (documented in docs/rest.md):
 * <pre>{@code
 * {"projectKey": "OPS", "from": "2026-01-01", "to": "2026-03-31", "limit": 500, "truncated": false,
 *  "postmortems": [{"key": "OPS-12", "debriefHeldAt": "2026-01-05T14:00:00Z", "soakEndedAt": "...",
 *                   "firstCommitAt": "...", "hoursToFirstCommit": 49.5, "commits": 3, "commitsBeforeDebrief": 0,
 *                   "overrides": 1, "decisions": {...}}],
 *  "aggregate": {"postmortems": 1, "withFirstCommit": 1, "medianHoursToFirstCommit": 49.5,
 *                "p90HoursToFirstCommit": 49.5, "withOverride": 1, "overrideShare": 1.0, "decisions": {...}}}
 * }</pre>
 * {@code decisions} (per postmortem and in the aggregate, the same fields; added for issue 13):
 * <pre>{@code
 * {"proposed": 8, "committed": 3, "dropped": 2, "undecided": 3, "droppedAfterSoak": 2, "droppedAfterSoakShare": 0.25,
 *  "decidedAfterSoak": 4, "medianHoursSoakEndToDecision": 26.5, "p90HoursSoakEndToDecision": 70.0}
 * }</pre>
 * Times are ISO-8601 instants in UTC; a missing value is {@code null}. Hours are rounded to two decimals, the share
 * (0 to 1) to four. No user appears: the metrics are about the process, not about people. Commits, the first
 * commit and overrides are those of actions the caller may browse (see {@code process.PostmortemProcesses}); so are
 * the decision counts ({@link DecisionMetrics}: linked actions by their state now; a drop after the soak and the
 * time to a decision are recorded at or after the soak end).
 */
final class ProcessReportJson {

    private ProcessReportJson() {
    }

    static ObjectNode write(String projectKey, ProcessPeriod period, ProjectProcessReport.Report report) {
        ObjectNode body = Json.object();
        body.put("projectKey", projectKey);
        body.put("from", period.from().toString());
        body.put("to", period.to().toString());
        body.put("limit", ProjectProcessReport.MAX_POSTMORTEMS);
        body.put("truncated", report.truncated());
        ArrayNode postmortems = body.putArray("postmortems");
        for (ProjectProcessReport.Entry entry : report.postmortems()) {
            PostmortemProcess process = entry.process();
            ObjectNode item = postmortems.addObject();
            item.put("key", entry.key());
            item.put("debriefHeldAt", instant(process.debriefHeldAt()));
            item.put("soakEndedAt", instant(process.soakEndedAt()));
            item.put("firstCommitAt", instant(process.firstCommit().map(Commit::at)));
            item.put("hoursToFirstCommit", process.debriefToFirstCommit().map(ProcessMetrics::hours)
                    .map(hours -> round(hours, 2)).orElse(null));
            item.put("commits", process.commits());
            item.put("commitsBeforeDebrief", process.commitsBeforeDebrief());
            item.put("overrides", process.overrides());
            decisions(item.putObject("decisions"), entry.decisions());
        }
        ProcessMetrics metrics = report.metrics();
        ObjectNode aggregate = body.putObject("aggregate");
        aggregate.put("postmortems", metrics.postmortems());
        aggregate.put("withFirstCommit", metrics.withFirstCommit());
        aggregate.put("medianHoursToFirstCommit", metrics.median().map(hours -> round(hours, 2)).orElse(null));
        aggregate.put("p90HoursToFirstCommit", metrics.p90().map(hours -> round(hours, 2)).orElse(null));
        aggregate.put("withOverride", metrics.withOverride());
        aggregate.put("overrideShare", metrics.overrideShare().map(share -> round(share, 4)).orElse(null));
        decisions(aggregate.putObject("decisions"), report.decisions());
        return body;
    }

    /** The decision after the soak: the same fields for one postmortem and over all of them. */
    private static void decisions(ObjectNode node, DecisionMetrics decisions) {
        node.put("proposed", decisions.proposed());
        node.put("committed", decisions.committed());
        node.put("dropped", decisions.dropped());
        node.put("undecided", decisions.undecided());
        node.put("droppedAfterSoak", decisions.droppedAfterSoak());
        node.put("droppedAfterSoakShare", decisions.droppedAfterSoakShare().map(share -> round(share, 4)).orElse(null));
        node.put("decidedAfterSoak", decisions.decidedAfterSoak());
        node.put("medianHoursSoakEndToDecision", decisions.median().map(hours -> round(hours, 2)).orElse(null));
        node.put("p90HoursSoakEndToDecision", decisions.p90().map(hours -> round(hours, 2)).orElse(null));
    }

    private static String instant(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse(null);
    }

    private static Double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
