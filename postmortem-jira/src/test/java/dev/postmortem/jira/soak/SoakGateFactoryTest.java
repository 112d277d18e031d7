package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SoakGateFactoryTest {

    private final SoakFixture fx = new SoakFixture();
    private final TextsFixture tx = new TextsFixture();
    private SoakGateFactory factory;

    @BeforeEach
    void setUp() {
        IssueLinkType blocks = mock(IssueLinkType.class);
        when(blocks.getId()).thenReturn(SoakFixture.OTHER_LINK_TYPE_ID);
        when(blocks.getName()).thenReturn("Blocks");
        when(fx.issueLinkTypeManager.getIssueLinkTypes()).thenReturn(List.of(fx.linkType, blocks));
        factory = new SoakGateFactory(fx.issueLinkTypeManager, fx.lookup(), tx.texts());
    }

    @Test
    void theInputFormDefaultsToTheProjectPolicyAndThePostmortemActionLinkType() {
        Map<String, Object> params = new HashMap<>();
        factory.getVelocityParamsForInput(params);

        SoakConfigView view = (SoakConfigView) params.get(SoakGateFactory.PARAM_SOAK);
        assertThat(view.isProjectPolicy()).isTrue();
        assertThat(view.isPassWithoutPostmortem()).isFalse();
        assertThat(view.getLinkTypeName()).isEqualTo("Postmortem action");
        assertThat(view.getProblems()).isEmpty();
        @SuppressWarnings("unchecked")
        List<LinkTypeOption> options = (List<LinkTypeOption>) params.get(SoakGateFactory.PARAM_LINK_TYPES);
        assertThat(options).extracting(LinkTypeOption::getName).containsExactly("Blocks", "Postmortem action");
        assertThat(options).extracting(LinkTypeOption::isSelected).containsExactly(false, true);
    }

    @Test
    void theSubmittedFormBecomesTheDescriptorArgsAsTyped() {
        Map<String, Object> form = Map.of(
                "soakSource", new String[] {"hours"},
                "soakHours", new String[] {" 36 "},
                "linkTypeId", new String[] {"10100"},
                "passWithoutPostmortem", new String[] {"true"},
                "workflowName", new String[] {"ignored"});

        assertThat(factory.getDescriptorParams(form)).isEqualTo(Map.of(
                "soakSource", "hours", "soakHours", "36", "linkTypeId", "10100", "passWithoutPostmortem", "true"));
    }

    @Test
    void anUncheckedBoxAndAMissingSourceMeanBlockAndProjectPolicy() {
        Map<String, ?> args = factory.getDescriptorParams(Map.of("linkTypeId", new String[] {"10100"}));

        assertThat(args.get("passWithoutPostmortem")).isEqualTo("false");
        assertThat(args.get("soakSource")).isEqualTo("project");
        assertThat(GateSettings.parse(args)).isInstanceOf(GateSettings.Valid.class);
    }

    @Test
    void editAndViewShowNonNumericHoursBackWithATranslatedProblem() {
        ConditionDescriptor descriptor = descriptorWith(SoakFixture.args("hours", "two days", "10100", false));
        Map<String, Object> edit = new HashMap<>();
        factory.getVelocityParamsForEdit(edit, descriptor);
        Map<String, Object> view = new HashMap<>();
        factory.getVelocityParamsForView(view, descriptor);

        for (Map<String, Object> params : List.of(edit, view)) {
            SoakConfigView config = (SoakConfigView) params.get(SoakGateFactory.PARAM_SOAK);
            assertThat(config.getHours()).isEqualTo("two days");
            assertThat(config.getProblems()).containsExactly("postmortem.jira.soak.problem.hours[two days, 8784]");
        }
    }

    @Test
    void anUnknownLinkTypeIsAProblemOnTheForm() {
        ValidatorDescriptor descriptor = mock(ValidatorDescriptor.class);
        when(descriptor.getArgs()).thenReturn(new HashMap<>(SoakFixture.args("project", "", "99999", false)));
        Map<String, Object> view = new HashMap<>();

        factory.getVelocityParamsForView(view, descriptor);

        SoakConfigView config = (SoakConfigView) view.get(SoakGateFactory.PARAM_SOAK);
        assertThat(config.getLinkTypeName()).isEqualTo("99999");
        assertThat(config.getProblems()).containsExactly("postmortem.jira.soak.problem.linkTypeMissing[99999]");
    }

    @Test
    void aValidConfigurationHasNoProblemAndShowsTheLinkTypeName() {
        Map<String, Object> view = new HashMap<>();
        factory.getVelocityParamsForView(view, descriptorWith(SoakFixture.args("hours", "48", "10100", true)));

        SoakConfigView config = (SoakConfigView) view.get(SoakGateFactory.PARAM_SOAK);
        assertThat(config.isProjectPolicy()).isFalse();
        assertThat(config.getLinkTypeName()).isEqualTo("Postmortem action");
        assertThat(config.isPassWithoutPostmortem()).isTrue();
        assertThat(config.getProblems()).isEmpty();
    }

    private static ConditionDescriptor descriptorWith(Map<String, String> args) {
        ConditionDescriptor descriptor = mock(ConditionDescriptor.class);
        when(descriptor.getArgs()).thenReturn(new HashMap<>(args));
        return descriptor;
    }
}
