package dev.postmortem.core.actions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotDoingResolutionsTest {

    @Test
    void jirasNotDoingNamesInAnyCaseAndWithATypographicApostropheMeanNotDoing() {
        assertThat(NotDoingResolutions.named("Won't Do")).isTrue();
        assertThat(NotDoingResolutions.named("  WON\u2019T FIX ")).isTrue();
        assertThat(NotDoingResolutions.named("Wird nicht erledigt")).isTrue();
    }

    @Test
    void otherNamesAndNoNameDoNot() {
        assertThat(NotDoingResolutions.named("Done")).isFalse();
        assertThat(NotDoingResolutions.named("Parked by team")).isFalse();
        assertThat(NotDoingResolutions.named("")).isFalse();
        assertThat(NotDoingResolutions.named(null)).isFalse();
    }
}
