package dev.postmortem.jira.report;

import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.process.ProcessPeriod;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's process report for one caller and period: the rows (by debrief, earliest first) and what the charts
 * show over them.
 *
 * @param truncated        more postmortems may have had their debrief in the period than are listed
 * @param overridesByMonth overrides given per calendar month (UTC), every month of the period and of any override
 *                         after it, oldest first, months without one included
 */
public record ProcessReportView(String projectKey, ProcessPeriod period, List<ReportRow> rows, boolean truncated,
        Map<YearMonth, Integer> overridesByMonth) {

    public ProcessReportView {
        rows = List.copyOf(rows);
        overridesByMonth = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overridesByMonth));
    }

    public ActionTotals actions() {
        return rows.stream().map(ReportRow::actions).reduce(ActionTotals.NONE, ActionTotals::plus);
    }

    /** Postmortems per failure class, in the enum's order, then those still undecided (key empty). */
    public Map<Optional<FailureClass>, Integer> failureClasses() {
        Map<Optional<FailureClass>, Integer> mix = new LinkedHashMap<>();
        for (FailureClass each : FailureClass.values()) {
            mix.put(Optional.of(each), 0);
        }
        mix.put(Optional.empty(), 0);
        rows.forEach(row -> mix.merge(row.failure(), 1, Integer::sum));
        return mix;
    }
}
