package dev.postmortem.core.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core reports a soak over the limit by key only (no arguments), so its texts name the limit as written; they
 * must name the limit {@link SoakPolicy} enforces.
 */
class SoakPolicyLimitTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"postmortem-core", "postmortem-core_de"})
    void theTextsNameTheLimitsThePolicyEnforces(String bundleName) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundleName + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(bundle.getProperty("postmortem.soak.policy.tooLong"))
                .contains(" " + SoakPolicy.MAX_DURATION.toDays() + " ");
        assertThat(bundle.getProperty("postmortem.soak.policy.businessDaysOutOfRange"))
                .contains(" " + SoakPolicy.MAX_BUSINESS_DAYS + " ");
    }
}
