package dev.postmortem.jira.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.jira.host.Json;
import dev.postmortem.jira.process.ProjectProcessReport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of {@code GET /rest/postmortem/1.0/process-report/{projectKey}} (documented in docs/rest.md), which the
 * report page draws: the rows, the action totals, overrides per month and the failure class mix. Times are ISO-8601
 * instants in UTC, hours rounded to two decimals, a missing value is {@code null}; no user appears.
 */
final class ReportJson {

    private ReportJson() {
    }

    static ObjectNode write(ProcessReportView view) {
        ObjectNode body = Json.object();
        body.put("projectKey", view.projectKey());
        body.put("from", view.period().from().toString());
        body.put("to", view.period().to().toString());
        body.put("limit", ProjectProcessReport.MAX_POSTMORTEMS);
        body.put("truncated", view.truncated());
        ArrayNode rows = body.putArray("postmortems");
        for (ReportRow row : view.rows()) {
            ObjectNode item = rows.addObject();
            item.put("key", row.key());
            item.put("debriefHeldAt", instant(row.debriefHeldAt()));
            item.put("soakEndedAt", instant(row.soakEndedAt()));
            item.put("firstCommitAt", instant(row.firstCommitAt()));
            item.put("hoursToFirstCommit", round(row.hoursToFirstCommit()));
            item.put("soakHours", round(row.soakHours()));
            actions(item, row.actions());
            item.put("overrides", row.overrides());
            item.put("failureClass", row.failure().map(FailureClass::name).orElse(null));
        }
        actions(body.putObject("actions"), view.actions());
        ArrayNode months = body.putArray("overridesByMonth");
        view.overridesByMonth().forEach((month, count) -> months.addObject()
                .put("month", month.toString()).put("overrides", count));
        ArrayNode classes = body.putArray("failureClasses");
        for (Map.Entry<Optional<FailureClass>, Integer> each : view.failureClasses().entrySet()) {
            classes.addObject().put("failureClass", each.getKey().map(FailureClass::name).orElse(null))
                    .put("postmortems", each.getValue());
        }
        return body;
    }

    private static void actions(ObjectNode node, ActionTotals totals) {
        node.put("proposed", totals.proposed());
        node.put("committed", totals.committed());
        node.put("dropped", totals.dropped());
        node.put("undecided", totals.undecided());
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Double round(Double hours) {
        return hours == null ? null : BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
