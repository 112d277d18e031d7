package dev.postmortem.jira.host;

import dev.postmortem.jira.host.OptionalFeatures.Feature;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class OptionalFeaturesTest {

    @Test
    void aFeatureIsOnOnlyWhileJiraProvidesEveryServiceItNeeds() {
        OptionalFeatures features = TestFeatures.without("com.atlassian.jira.jql.operand.JqlOperandResolver");

        assertThat(features.isOn(Feature.JIRA_TEXT_SEARCH)).isFalse();
        assertThat(features.missingServices(Feature.JIRA_TEXT_SEARCH))
                .containsExactly("com.atlassian.jira.jql.operand.JqlOperandResolver");
        assertThat(features.isOn(Feature.NARRATIVE_FIELD)).isTrue();
        assertThat(features.isOn(Feature.SOAK_END_JOB)).isTrue();
        assertThat(features.isOn(Feature.NOT_DOING_REASONS)).isTrue();
    }

    @Test
    void anEmptyRegistrySwitchesEveryOptionalFeatureOff() {
        OptionalFeatures features = new OptionalFeatures(mock(BundleContext.class));

        for (Feature feature : Feature.values()) {
            assertThat(features.isOn(feature)).as(feature.name()).isFalse();
            assertThat(features.missingServices(feature)).isEqualTo(feature.services());
        }
    }

    @Test
    void everyFeatureNamesAtLeastOneServiceAndAMessage() {
        for (Feature feature : Feature.values()) {
            assertThat(feature.services()).isNotEmpty().allMatch(s -> s.startsWith("com.atlassian."));
            assertThat(feature.messageKey()).startsWith("postmortem.jira.feature.");
        }
    }

    @Test
    void withoutABundleContextItRefusesToBeBuilt() {
        assertThatThrownBy(() -> new OptionalFeatures(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("bundleContext");
    }

    @Test
    void aConditionIsReportedOncePerNodeAndTheMemoryIsBounded() {
        OncePerNode once = new OncePerNode();

        assertThat(once.first("a")).isTrue();
        assertThat(once.first("a")).isFalse();
        for (int i = 1; i < OncePerNode.MAX_REMEMBERED; i++) {
            once.first("k" + i);
        }
        assertThat(once.first("one too many")).isFalse();
    }
}
