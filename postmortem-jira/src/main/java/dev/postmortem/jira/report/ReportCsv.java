package dev.postmortem.jira.report;

import dev.postmortem.core.narrative.FailureClass;

import java.time.Instant;
import java.util.List;

/**
 * The rows of the process report as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled), one header line of the JSON's field names, so a spreadsheet and a
 * script read the same columns.
 *
 * <p>Formula injection: a text cell starting with {@code = + - @}, a tab or a carriage return is what a spreadsheet
 * would run as a formula (OWASP "CSV Injection"), so it gets a leading {@code '}, which spreadsheets show as text.
 * Numbers are written from numbers, never from user text, and stay numbers ({@code -3} is a number, not a formula).
 */
final class ReportCsv {

    static final List<String> COLUMNS = List.of("key", "debriefHeldAt", "soakEndedAt", "firstCommitAt",
            "hoursToFirstCommit", "soakHours", "proposed", "committed", "dropped", "undecided", "overrides",
            "failureClass");
    private static final String LINE_END = "\r\n";

    private ReportCsv() {
    }

    static String write(ProcessReportView view) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", COLUMNS.stream().map(ReportCsv::text).toList())).append(LINE_END);
        for (ReportRow row : view.rows()) {
            csv.append(String.join(",", List.of(text(row.key()), instant(row.debriefHeldAt()),
                    instant(row.soakEndedAt()), instant(row.firstCommitAt()), number(ReportJson.round(row.hoursToFirstCommit())),
                    number(ReportJson.round(row.soakHours())), number(row.actions().proposed()),
                    number(row.actions().committed()), number(row.actions().dropped()),
                    number(row.actions().undecided()), number(row.overrides()),
                    text(row.failure().map(FailureClass::name).orElse(""))))).append(LINE_END);
        }
        return csv.toString();
    }

    /** A text cell: defused when a spreadsheet would take it for a formula, quoted when it needs to be. */
    static String text(String value) {
        String cell = value == null ? "" : value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    static String number(Number value) {
        return value == null ? "" : value.toString();
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
