package dev.postmortem.core.summary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A summary time outside the supported years is refused on read and never breaks the rendering. */
class SummaryInstantRangeTest {

    private static final String GENERATED = "\"generatedAt\": \"2026-11-22T08:00:00Z\"";

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z"})
    void aTimeOutsideTheSupportedYearsIsATranslatedError(String value) {
        String json = SummaryFixtures.json(SummaryFixtures.FULL);
        assertThat(json).contains(GENERATED);

        SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
                () -> SummaryJson.read(json.replace(GENERATED, "\"generatedAt\": \"" + value + "\"")));

        assertThat(e.kind()).isEqualTo(SummaryFormatException.Kind.MALFORMED);
        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.timeOutOfRange");
        assertThat(e.args()).containsExactly("generatedAt", value);
        assertThat(CoreMessages.forLocale(Locale.GERMAN).has(e.messageKey())).isTrue();
    }

    @Test
    void theExtremesOfInstantRenderInTheFarthestZonesWithoutFailing() {
        DebriefSummary summary = new DebriefSummary(1, "INC-1", "T", "Open", "https://jira/browse/INC-1",
                Instant.MIN, Instant.MAX, null, null, "", new SummaryImpact(Instant.MIN, Instant.MAX, Instant.MAX, null, ""),
                List.of(new SummaryTimelineEntry(Instant.MAX, "t", null)), List.of(), List.of(), List.of(), List.of(),
                null, Instant.MAX);
        for (String zone : new String[] {"Pacific/Kiritimati", "Etc/GMT+12", "UTC", "-18:00", "+18:00"}) {
            String html = new SummaryRenderer().render(summary, Locale.ENGLISH, ZoneId.of(zone),
                    EnumSet.allOf(SummarySection.class));

            assertThat(html).as(zone).contains("datetime=\"" + Instant.MAX + "\"");
        }
    }
}
