package dev.postmortem.jira.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvTest {

    @Test
    void textCellsAreQuotedOnlyWhenTheyHoldACommaAQuoteOrALineBreak() {
        assertThat(ReportCsv.text("OPS-1")).isEqualTo("OPS-1");
        assertThat(ReportCsv.text("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReportCsv.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ReportCsv.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ReportCsv.text("a=b")).isEqualTo("a=b");
    }

    @Test
    void textCellsASpreadsheetWouldRunAsAFormulaAreDefusedWithAQuoteMark() {
        assertThat(ReportCsv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReportCsv.text("+1")).isEqualTo("'+1");
        assertThat(ReportCsv.text("-1+2")).isEqualTo("'-1+2");
        assertThat(ReportCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportCsv.text("=1,2")).isEqualTo("\"'=1,2\"");
        assertThat(ReportCsv.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(ReportCsv.text("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void numbersStayNumbersAndMissingValuesAreEmpty() {
        assertThat(ReportCsv.number(-3.5)).isEqualTo("-3.5");
        assertThat(ReportCsv.number(null)).isEmpty();
        assertThat(ReportCsv.text(null)).isEmpty();
    }
}
