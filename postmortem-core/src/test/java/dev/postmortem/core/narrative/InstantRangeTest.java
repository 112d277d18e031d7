package dev.postmortem.core.narrative;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The codec accepts only instants it can write back, read again and render in any zone. */
class InstantRangeTest {

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31T23:59:59-18:00", "-999999999-01-01T00:00:00+18:00",
            "+10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "-0001-06-01T00:00:00Z", "0001-01-01T00:00:00+18:00",
            "9999-12-31T23:00:00-18:00"})
    void anInstantOutsideTheSupportedYearsIsRefusedWithItsPath(String value) {
        List<Problem> problems = NarrativeJson.parse("{\"impact\":{\"start\":\"" + value + "\"}}").problems();

        assertThat(problems).containsExactly(
                Problem.of("impact.start", NarrativeMessages.INSTANT_OUT_OF_RANGE, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-02T00:00:00Z", "9999-12-30T23:59:59.999999999Z", "2026-11-24T09:30:00+18:00",
            "2026-11-24T09:30:00-18:00", "2026-11-24T09:30:00+05:45:30"})
    void anInstantInsideTheSupportedYearsRoundTrips(String value) {
        NarrativeParseResult first = NarrativeJson.parse("{\"timeline\":[{\"time\":\"" + value + "\",\"text\":\"t\"}]}");
        assertThat(first.problems()).isEmpty();
        Narrative narrative = first.narrative().orElseThrow();

        NarrativeParseResult again = NarrativeJson.parse(NarrativeJson.write(narrative));

        assertThat(again.narrative()).contains(narrative);
        assertThat(NarrativeValidator.validate(narrative)).isEmpty();
    }

    @Test
    void everyEdgeTheCodecAcceptsCanBeWrittenAndReadBack() {
        String[] years = {"-999999999", "-0001", "0000", "0001", "9999", "+10000", "+999999999"};
        String[] offsets = {"Z", "+18:00", "-18:00", "+14:00", "-12:00"};
        String[] times = {"01-01T00:00:00", "01-02T00:00:00", "12-30T23:59:59", "12-31T23:59:59.999999999"};
        for (String year : years) {
            for (String time : times) {
                for (String offset : offsets) {
                    String value = year + "-" + time + offset;
                    NarrativeParseResult result = NarrativeJson.parse("{\"impact\":{\"end\":\"" + value + "\"}}");
                    if (result.isParsed()) {
                        Narrative narrative = result.narrative().orElseThrow();
                        assertThat(NarrativeJson.parse(NarrativeJson.write(narrative)).narrative())
                                .as(value).contains(narrative);
                        assertThat(NarrativeLimits.isSupported(narrative.impact().end())).as(value).isTrue();
                    } else {
                        assertThat(result.problems()).as(value).extracting(Problem::messageKey)
                                .containsExactly(NarrativeMessages.INSTANT_OUT_OF_RANGE);
                    }
                }
            }
        }
    }

    @Test
    void theValidatorRefusesAnUnsupportedInstantInTheModelWithItsPath() {
        Narrative narrative = new Narrative("", new Impact(Instant.MIN, Instant.MAX, null, "", ""),
                List.of(new TimelineEntry(Instant.parse("+10000-01-01T00:00:00Z"), "t")), List.of(), List.of(), "",
                null);

        assertThat(NarrativeValidator.validate(narrative)).extracting(Problem::path, Problem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("impact.start", NarrativeMessages.INSTANT_OUT_OF_RANGE),
                        org.assertj.core.groups.Tuple.tuple("impact.end", NarrativeMessages.INSTANT_OUT_OF_RANGE),
                        org.assertj.core.groups.Tuple.tuple("timeline[0].time", NarrativeMessages.INSTANT_OUT_OF_RANGE));
    }
}
