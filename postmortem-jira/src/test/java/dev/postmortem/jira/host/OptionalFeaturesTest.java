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

    @Test
    void exactlyTheServicesOfOptionalFeaturesAreOptionalReferencesInTheSpringXml() throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml;
        try (java.io.InputStream in = getClass().getResourceAsStream("/META-INF/spring/host-services.xml")) {
            xml = factory.newDocumentBuilder().parse(in);
        }
        org.w3c.dom.NodeList references = xml.getElementsByTagNameNS("*", "reference");
        java.util.Set<String> optional = new java.util.TreeSet<>();
        for (int i = 0; i < references.getLength(); i++) {
            org.w3c.dom.Element reference = (org.w3c.dom.Element) references.item(i);
            if ("optional".equals(reference.getAttribute("availability"))) {
                optional.add(reference.getAttribute("interface"));
            }
        }
        java.util.Set<String> needed = new java.util.TreeSet<>();
        for (Feature feature : Feature.values()) {
            needed.addAll(feature.services());
        }

        assertThat(references.getLength()).as("the file was read").isGreaterThan(10);
        assertThat(optional).isEqualTo(needed);
    }
}
