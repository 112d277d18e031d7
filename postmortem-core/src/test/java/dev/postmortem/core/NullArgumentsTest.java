package dev.postmortem.core;

import dev.postmortem.core.actions.ProportionalityPolicy;
import dev.postmortem.core.html.HtmlTemplates;
import dev.postmortem.core.language.BlameRules;
import dev.postmortem.core.narrative.FailureClass;
import dev.postmortem.core.narrative.FollowUpExpectation;
import dev.postmortem.core.narrative.NarrativeJson;
import dev.postmortem.core.narrative.NarrativeLimits;
import dev.postmortem.core.narrative.NarrativeParseResult;
import dev.postmortem.core.narrative.NarrativeText;
import dev.postmortem.core.narrative.NarrativeValidator;
import dev.postmortem.core.narrative.UnsafeCharacters;
import dev.postmortem.core.process.ProcessMetrics;
import dev.postmortem.core.process.ProcessPeriod;
import dev.postmortem.core.soak.LinkedPostmortem;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.core.soak.WorkingCalendar;
import dev.postmortem.core.summary.CoreMessages;
import dev.postmortem.core.summary.SectionSelection;
import dev.postmortem.core.summary.SummaryFixtures;
import dev.postmortem.core.summary.SummaryJson;
import dev.postmortem.core.summary.SummaryProportionality;
import dev.postmortem.core.summary.SummaryRenderer;
import dev.postmortem.core.summary.SummarySection;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A public entry point of the core given null names the argument instead of failing deep inside. */
class NullArgumentsTest {

    static Stream<Arguments> entryPoints() {
        WorkingCalendar calendar = WorkingCalendar.mondayToFriday(ZoneOffset.UTC);
        var summary = SummaryFixtures.summary(SummaryFixtures.MINIMAL);
        Set<SummarySection> all = EnumSet.allOf(SummarySection.class);
        ProcessPeriod period = new ProcessPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        return Stream.of(
                arguments("NarrativeJson.write", (Executable) () -> NarrativeJson.write(null), "narrative"),
                arguments("NarrativeValidator.validate", (Executable) () -> NarrativeValidator.validate(null), "narrative"),
                arguments("NarrativeText.plainText", (Executable) () -> NarrativeText.plainText(null), "narrative"),
                arguments("NarrativeLimits.isSupported", (Executable) () -> NarrativeLimits.isSupported(null), "instant"),
                arguments("NarrativeParseResult.rejected", (Executable) () -> NarrativeParseResult.rejected(null), "problems"),
                arguments("FollowUpExpectation.expects",
                        (Executable) () -> FollowUpExpectation.of(FailureClass.NOVEL).expects(null), "followUp"),
                arguments("UnsafeCharacters.firstUnsafe", (Executable) () -> UnsafeCharacters.firstUnsafe(null, true), "text"),
                arguments("SummaryJson.write", (Executable) () -> SummaryJson.write(null), "summary"),
                arguments("SummaryRenderer.render summary",
                        (Executable) () -> new SummaryRenderer().render(null, Locale.ENGLISH, all), "summary"),
                arguments("SummaryRenderer.render locale",
                        (Executable) () -> new SummaryRenderer().render(summary, null, all), "locale"),
                arguments("SummaryRenderer.render zone",
                        (Executable) () -> new SummaryRenderer().render(summary, Locale.ENGLISH, null, all), "zone"),
                arguments("SummaryRenderer.render sections",
                        (Executable) () -> new SummaryRenderer().render(summary, Locale.ENGLISH, null), "sections"),
                arguments("CoreMessages.forLocale", (Executable) () -> CoreMessages.forLocale(null), "locale"),
                arguments("SummaryProportionality.from", (Executable) () -> SummaryProportionality.from(null, 0, 0), "signal"),
                arguments("SectionSelection", (Executable) () -> new SectionSelection(null, List.of()), "sections"),
                arguments("SoakPolicy.soakEndsAt business days",
                        (Executable) () -> SoakPolicy.ofBusinessDays(2, calendar).soakEndsAt(null), "debriefAt"),
                arguments("SoakPolicy.soakEndsAt hours", (Executable) () -> SoakPolicy.ofHours(2).soakEndsAt(null), "debriefAt"),
                arguments("WorkingCalendar.isWorkingDay", (Executable) () -> calendar.isWorkingDay(null), "date"),
                arguments("WorkingCalendar.nextWorkingDayAfter", (Executable) () -> calendar.nextWorkingDayAfter(null), "date"),
                arguments("WorkingCalendar.withHolidays", (Executable) () -> calendar.withHolidays(null), "newHolidays"),
                arguments("LinkedPostmortem.debriefed", (Executable) () -> LinkedPostmortem.debriefed("INC-1", null), "debriefHeldAt"),
                arguments("ProcessPeriod.contains", (Executable) () -> period.contains(null), "instant"),
                arguments("ProcessPeriod.days", (Executable) () -> ProcessPeriod.days(null, LocalDate.EPOCH), "from"),
                arguments("ProcessMetrics.hours", (Executable) () -> ProcessMetrics.hours(null), "duration"),
                arguments("ProportionalityPolicy.withSeverity",
                        (Executable) () -> ProportionalityPolicy.DEFAULT.withSeverity(null, 1), "severity"),
                arguments("HtmlTemplates.escape", (Executable) () -> HtmlTemplates.escape(null), "text"),
                arguments("BlameRules.parse", (Executable) () -> BlameRules.parse(null), "reader"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entryPoints")
    void nullIsRefusedWithTheArgumentsName(String entryPoint, Executable call, String argument) {
        Throwable thrown = catchThrowable(call::execute);

        assertThat(thrown).as(entryPoint).isInstanceOf(NullPointerException.class).hasMessage(argument);
    }
}
