package dev.postmortem.jira.process;

import dev.postmortem.core.decision.DecisionMetrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The decision after the soak in the "Process" part of the postmortem panel (issue 13), worded for the viewer from
 * the core's {@link DecisionMetrics} over the actions they may browse: what became of the proposed actions, how many
 * were dropped after the soak, and how long after the soak's end they were decided. Compact on purpose: no row
 * about actions when none is proposed (the summary above says so), a count that is zero is left out of the
 * breakdown, and a time never shows a zero unit ("2 h", not "0 d 2 h 0 min").
 */
final class DecisionRows {

    private static final String P = "postmortem.jira.process.panel.decisions.";

    private final ProcessTexts texts;

    DecisionRows(ProcessTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * @param soakEnded whether the current debrief's soak end is recorded: before it, nothing is dropped after the
     *                  soak and nothing awaits a decision, so only the counts are shown
     */
    List<ProcessPanelRow> of(DecisionMetrics metrics, boolean soakEnded) {
        List<ProcessPanelRow> rows = new ArrayList<>();
        if (metrics.proposed() == 0) {
            return rows;
        }
        rows.add(row("postmortem.jira.process.panel.decisions", counts(metrics)));
        if (!soakEnded) {
            return rows;
        }
        rows.add(row(P + "droppedAfterSoak", metrics.droppedAfterSoak() == 0
                ? texts.text(P + "droppedAfterSoak.none", metrics.proposed())
                : texts.text(P + "droppedAfterSoak.value", metrics.droppedAfterSoak(), metrics.proposed(),
                        metrics.droppedAfterSoakShare().orElse(0.0))));
        rows.add(row(P + "time", metrics.decidedAfterSoak() == 0
                ? texts.text(P + "time.none")
                : texts.text(P + "time.value", duration(metrics.median().orElse(0.0)),
                        duration(metrics.p90().orElse(0.0)), metrics.decidedAfterSoak())));
        return rows;
    }

    /** "8 (3 committed, 2 dropped, 3 undecided)", leaving out a state no action is in. */
    private String counts(DecisionMetrics metrics) {
        List<String> parts = new ArrayList<>();
        add(parts, "committed", metrics.committed());
        add(parts, "dropped", metrics.dropped());
        add(parts, "undecided", metrics.undecided());
        return texts.text(P + "value", metrics.proposed(), String.join(texts.text(P + "separator"), parts));
    }

    private void add(List<String> parts, String state, int count) {
        if (count > 0) {
            parts.add(texts.text(P + state, count));
        }
    }

    /** Hours as the panel words any time: days, hours and minutes without zero units, a started minute counting. */
    private String duration(double hours) {
        long millis = Math.round(hours * Duration.ofHours(1).toMillis());
        return texts.elapsed(Instant.EPOCH, Instant.EPOCH.plusMillis(millis));
    }

    private ProcessPanelRow row(String labelKey, String text) {
        return new ProcessPanelRow(texts.text(labelKey), text);
    }
}
