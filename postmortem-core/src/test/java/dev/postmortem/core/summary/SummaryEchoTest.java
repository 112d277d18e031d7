package dev.postmortem.core.summary;

import dev.postmortem.core.narrative.Echo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A summary that cannot be read is reported without echoing its huge invalid value, to the reader or the log. */
class SummaryEchoTest {

    private static final String HUGE = "x".repeat(1_000_000);

    @ParameterizedTest
    @ValueSource(strings = {"\"generatedAt\": \"2026-11-22T08:00:00Z\"", "\"failureClass\": \"CONTROLLABLE\"",
            "\"state\": \"NOT_DOING\""})
    void aMillionCharacterValueIsCutInTheErrorItsMessageAndItsCause(String field) {
        String json = SummaryFixtures.json(SummaryFixtures.FULL);
        String name = field.substring(0, field.indexOf(':') + 1);
        assertThat(json).contains(field);

        SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
                () -> SummaryJson.read(json.replace(field, name + " \"" + HUGE + "\"")));

        assertThat(e.kind()).isEqualTo(SummaryFormatException.Kind.MALFORMED);
        assertThat(e.args()).allSatisfy(arg -> assertThat(String.valueOf(arg)).hasSizeLessThanOrEqualTo(Echo.MAX_CHARS));
        assertThat(e.args()).contains("x".repeat(79) + "\u2026");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).hasSizeLessThan(1000);
        }
    }

    @Test
    void aHugeNegativeCountIsCutToo() {
        String json = SummaryFixtures.json(SummaryFixtures.FULL).replace("\"proposedCount\": 1", "\"proposedCount\": -1");

        SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class, () -> SummaryJson.read(json));

        assertThat(e.messageKey()).isEqualTo("postmortem.summary.error.invalidValue");
        assertThat(e.args()).containsExactly("proportionality.proposedCount", "-1");
    }

    @Test
    void theExceptionCutsTextArgumentsWhoeverBuildsIt() {
        SummaryFormatException e = new SummaryFormatException(SummaryFormatException.Kind.MALFORMED, "k", HUGE, 7);

        assertThat(e.args()).containsExactly(Echo.of(HUGE), 7);
        assertThat(e.getMessage()).hasSizeLessThan(200);
    }
}
