package dev.postmortem.core;

import dev.postmortem.core.narrative.Echo;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvalidInputTest {

    @Test
    void carriesItsKeyAndArgumentsForTheAdaptersToTranslate() {
        InvalidInput error = new InvalidInput("postmortem.soak.policy.tooLong", 9000L, "hours");

        assertThat(error).isInstanceOf(IllegalArgumentException.class);
        assertThat(error.messageKey()).isEqualTo("postmortem.soak.policy.tooLong");
        assertThat(error.args()).containsExactly(9000L, "hours");
    }

    @Test
    void theLogMessageSaysTheKeyAndTheArguments() {
        assertThat(new InvalidInput("postmortem.soak.policy.negative")).hasMessage("postmortem.soak.policy.negative");
        assertThat(new InvalidInput("postmortem.x.y", 3, Duration.ofHours(1), "OPS"))
                .hasMessage("postmortem.x.y [3, PT1H, OPS]");
    }

    @Test
    void anEchoedTextIsCutInTheArgumentsAndInTheLog() {
        String pasted = "x".repeat(10_000);

        InvalidInput error = new InvalidInput("postmortem.x.y", pasted, 7);

        String cut = Echo.of(pasted);
        assertThat(cut).hasSize(Echo.MAX_CHARS);
        assertThat(error.args()).containsExactly(cut, 7);
        assertThat(error.getMessage()).isEqualTo("postmortem.x.y [" + cut + ", 7]");
    }

    @Test
    void theArgumentsCannotBeChanged() {
        List<Object> args = new InvalidInput("postmortem.x.y", 1).args();

        assertThatThrownBy(() -> args.add(2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingKeyOrArgumentIsAProgrammingError() {
        assertThatThrownBy(() -> new InvalidInput(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("messageKey");
        assertThatThrownBy(() -> new InvalidInput("postmortem.x.y", (Object) null))
                .isInstanceOf(NullPointerException.class);
    }
}
