package dev.postmortem.jira.soak;

import com.opensymphony.workflow.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SoakConditionAndValidatorTest {

    private final SoakFixture fx = new SoakFixture();
    private final TextsFixture tx = new TextsFixture();
    private final SoakCondition condition = new SoakCondition(fx.gate());
    private final SoakValidator validator = new SoakValidator(fx.gate(), tx.texts());

    @Test
    void theConditionHidesTheTransitionWhileSoakingAndShowsItAfterwards() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(47)));
        assertThat(condition.passesCondition(vars(), SoakFixture.projectPolicyArgs(), null)).isFalse();

        SoakFixture later = new SoakFixture();
        later.postmortem("PM-1", NOW.minus(Duration.ofHours(48)));
        assertThat(new SoakCondition(later.gate()).passesCondition(Map.of("issue", later.action),
                SoakFixture.projectPolicyArgs(), null)).isTrue();
    }

    @Test
    void theConditionFailsClosedWithoutAnIssueOrWithBrokenArgs() {
        assertThat(condition.passesCondition(new HashMap<>(), SoakFixture.args("project", "", "10100", true), null))
                .isFalse();
        assertThat(condition.passesCondition(vars(), SoakFixture.args("hours", "x", "10100", true), null)).isFalse();
    }

    @Test
    void theConditionHonoursAnOverride() {
        var pm = fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        fx.override(pm, NOW.minus(Duration.ofMinutes(1)), null, null);

        assertThat(condition.passesCondition(vars(), SoakFixture.projectPolicyArgs(), null)).isTrue();
    }

    @Test
    void theValidatorNamesThePostmortemAndTheSoakEndInTheUsersFormat() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validator.validate(vars(), SoakFixture.projectPolicyArgs(), null));

        assertThat(refused.getGenericErrors()).containsExactly(
                "postmortem.jira.soak.blocked.soaking[ACT-1, PM-1, user-tz:2026-11-27T00:00:00Z]");
    }

    @Test
    void theValidatorNamesPostmortemsWithoutDebrief() {
        fx.postmortem("PM-1", null);
        fx.postmortem("PM-2", null);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validator.validate(vars(), SoakFixture.projectPolicyArgs(), null));

        assertThat(refused.getGenericErrors())
                .containsExactly("postmortem.jira.soak.blocked.awaitingDebrief[ACT-1, PM-1, PM-2, 2]");
    }

    @Test
    void theValidatorExplainsAGateThatCannotEvaluate() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(5)));
        fx.deleteDebriefField();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validator.validate(vars(), SoakFixture.projectPolicyArgs(), null));

        assertThat(refused.getGenericErrors()).containsExactly("postmortem.jira.soak.blocked.cannotEvaluate[ACT-1, "
                + "postmortem.jira.soak.problem.debriefFieldMissing]");
    }

    @Test
    void theValidatorRefusesAnActionWithoutPostmortemUnlessAllowed() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validator.validate(vars(), SoakFixture.projectPolicyArgs(), null));
        assertThat(refused.getGenericErrors()).containsExactly("postmortem.jira.soak.blocked.noPostmortem[ACT-1]");

        assertThatCode(() -> validator.validate(vars(), SoakFixture.args("project", "", "10100", true), null))
                .doesNotThrowAnyException();
    }

    @Test
    void theValidatorLetsACommittableActionThrough() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(3)));

        assertThatCode(() -> validator.validate(vars(), SoakFixture.projectPolicyArgs(), null))
                .doesNotThrowAnyException();
    }

    private Map<String, Object> vars() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", fx.action);
        return vars;
    }
}
