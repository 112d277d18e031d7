package dev.postmortem.core.summary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.postmortem.core.summary.SummarySection.ACTIONS;
import static dev.postmortem.core.summary.SummarySection.IMPACT;
import static dev.postmortem.core.summary.SummarySection.SOAK;
import static dev.postmortem.core.summary.SummarySection.WHAT_HAPPENED;
import static org.assertj.core.api.Assertions.assertThat;

class SummarySectionTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void noParameterSelectsEverySection(String parameter) {
        SectionSelection selection = SummarySection.fromParameter(parameter);

        assertThat(selection.sections()).containsExactly(SummarySection.values());
        assertThat(selection.hasUnknownNames()).isFalse();
    }

    @Test
    void parsesCommaSeparatedNamesInAnyCaseAndSpelling() {
        SectionSelection selection = SummarySection.fromParameter(" soak,Impact , what-happened,,ACTIONS,what_happened");

        assertThat(selection.sections()).containsExactly(WHAT_HAPPENED, IMPACT, ACTIONS, SOAK);
        assertThat(selection.unknownNames()).isEmpty();
    }

    @Test
    void reportsUnknownNamesInsteadOfDroppingThem() {
        SectionSelection selection = SummarySection.fromParameter("impact, timelines ,<b>x</b>,soak");

        assertThat(selection.sections()).containsExactly(IMPACT, SOAK);
        assertThat(selection.unknownNames()).containsExactly("timelines", "<b>x</b>");
        assertThat(selection.hasUnknownNames()).isTrue();
    }

    @Test
    void onlyUnknownNamesSelectNothing() {
        SectionSelection selection = SummarySection.fromParameter("everything");

        assertThat(selection.sections()).isEmpty();
        assertThat(selection.unknownNames()).containsExactly("everything");
    }

    @Test
    void parameterNamesParseBackToTheirSection() {
        for (SummarySection section : SummarySection.values()) {
            assertThat(SummarySection.fromParameter(section.parameterName()).sections()).containsExactly(section);
        }
        assertThat(WHAT_HAPPENED.parameterName()).isEqualTo("what-happened");
    }

    @Test
    void selectionIsImmutable() {
        SectionSelection selection = SummarySection.fromParameter("impact");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> selection.sections().add(SOAK))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
