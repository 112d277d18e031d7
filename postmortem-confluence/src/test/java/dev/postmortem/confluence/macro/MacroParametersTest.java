package dev.postmortem.confluence.macro;

import dev.postmortem.core.summary.SummarySection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MacroParametersTest {

    @Test
    void acceptsAnIssueKeyAndNormalisesItToUpperCase() {
        MacroParameters params = MacroParameters.parse(Map.of("issueKey", "  inc_ops-42 "));

        assertThat(params.valid()).isTrue();
        assertThat(params.issueKey()).isEqualTo("INC_OPS-42");
        assertThat(params.serverIdIfChosen()).isEmpty();
        assertThat(params.sections().sections()).isEqualTo(EnumSet.allOf(SummarySection.class));
    }

    @Test
    void requiresAnIssueKey() {
        for (Map<String, String> parameters : List.of(Map.<String, String>of(), Map.of("issueKey", "   "))) {
            MacroParameters params = MacroParameters.parse(parameters);
            assertThat(params.valid()).isFalse();
            assertThat(params.problems()).containsExactly(
                    new MacroParameters.Problem("postmortem.confluence.macro.param.issueKey.missing", List.of()));
        }
        assertThat(MacroParameters.parse(null).valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INC", "42", "INC-", "-42", "INC-0", "INC-042", "1NC-42", "INC 42", "INC-42a", "INC-42/../x",
            "INC-42?x=1", "<script>-1", "ÄB-1", "INC--42"})
    void rejectsWhatIsNotAJiraIssueKey(String key) {
        MacroParameters params = MacroParameters.parse(Map.of("issueKey", key));

        assertThat(params.valid()).isFalse();
        assertThat(params.issueKey()).isNull();
        assertThat(params.problems()).containsExactly(
                new MacroParameters.Problem("postmortem.confluence.macro.param.issueKey.invalid", List.of(key.strip())));
    }

    @Test
    void takesTheServerAsGivenAndEmptyAsThePrimaryLink() {
        assertThat(MacroParameters.parse(Map.of("issueKey", "INC-1", "server", " 8835b6b9-5676-3de4-ad59-bbe987416662 "))
                .serverIdIfChosen()).contains("8835b6b9-5676-3de4-ad59-bbe987416662");
        assertThat(MacroParameters.parse(Map.of("issueKey", "INC-1", "server", "")).serverIdIfChosen()).isEmpty();
    }

    @Test
    void keepsUnknownSectionNamesToReportThem() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("issueKey", "INC-1");
        parameters.put("sections", "Impact, blame ,actions,,");

        MacroParameters params = MacroParameters.parse(parameters);

        assertThat(params.valid()).isTrue();
        assertThat(params.sections().sections()).containsExactly(SummarySection.IMPACT, SummarySection.ACTIONS);
        assertThat(params.sections().unknownNames()).containsExactly("blame");
    }
}
