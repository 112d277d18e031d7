package dev.postmortem.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key this package and the soak package hand out exists in every core bundle and formats. */
class ActionsAndSoakMessagesTest {

    private static final String[] KEYS = {
        "postmortem.actions.state.PROPOSED", "postmortem.actions.state.COMMITTED",
        "postmortem.actions.state.NOT_DOING", "postmortem.actions.state.DONE",
        "postmortem.actions.proportionality.ok", "postmortem.actions.proportionality.heavy",
        "postmortem.actions.proportionality.negativeImpact", "postmortem.actions.proportionality.negativeCount",
        "postmortem.actions.proportionality.policy.negativeFloor",
        "postmortem.actions.proportionality.policy.invalidRate",
        "postmortem.soak.verdict.committable", "postmortem.soak.verdict.overridden",
        "postmortem.soak.verdict.soaking", "postmortem.soak.verdict.awaitingDebrief",
        "postmortem.soak.verdict.noLinkedPostmortem", "postmortem.soak.calendar.noWorkingDays",
        "postmortem.soak.policy.negative", "postmortem.soak.policy.tooLong", "postmortem.soak.policy.businessDaysOutOfRange",
        "postmortem.soak.linked.keyRequired", "postmortem.soak.override.reasonRequired",
        "postmortem.soak.override.userRequired"
    };

    @ParameterizedTest
    @ValueSource(strings = {"postmortem-core", "postmortem-core_de"})
    void everyKeyExistsAndFormats(String bundleName) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundleName + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : KEYS) {
            assertThat(bundle.getProperty(key)).as(bundleName + ": " + key).isNotBlank();
            String formatted = new MessageFormat(bundle.getProperty(key), Locale.ROOT)
                    .format(new Object[] {37, 5L, 5});
            assertThat(formatted).as(key).doesNotContain("{");
        }
        assertThat(Stream.of(KEYS).filter(k -> bundle.getProperty(k) == null)).isEmpty();
    }
}
