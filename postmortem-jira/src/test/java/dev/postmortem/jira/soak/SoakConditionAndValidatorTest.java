package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.InvalidInputException;
import dev.postmortem.jira.host.CallerAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SoakConditionAndValidatorTest {

    private final SoakFixture fx = new SoakFixture();
    private final TextsFixture tx = new TextsFixture();
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final ApplicationUser member = mock(ApplicationUser.class);
    private final SoakCondition condition = new SoakCondition(fx.gate());
    private final SoakValidator validator = new SoakValidator(fx.gate(), tx.texts(), new CallerAccess(
            mock(IssueManager.class), mock(ProjectManager.class), permissionManager, tx.authenticationContext,
            fx.lookup()));

    @BeforeEach
    void setUp() {
        fx.browsePostmortems(permissionManager);
        when(tx.authenticationContext.getLoggedInUser()).thenReturn(member);
    }

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
    void theValidatorDoesNotNameASoakingPostmortemTheUserCannotBrowseButStillRefuses() {
        fx.hide(fx.postmortem("SECRET-7", NOW.minus(Duration.ofHours(10))));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validator.validate(vars(), SoakFixture.projectPolicyArgs(), null));

        assertThat(refused.getGenericErrors()).containsExactly("postmortem.jira.soak.blocked.soaking[ACT-1, "
                + "postmortem.jira.soak.hiddenPostmortems[1], user-tz:2026-11-27T00:00:00Z]");
        assertThat(condition.passesCondition(vars(), SoakFixture.projectPolicyArgs(), null)).isFalse();
    }

    @Test
    void theValidatorNamesOnlyBrowsablePostmortemsWithoutDebriefAndCountsAll() {
        fx.postmortem("PM-1", null);
        fx.hide(fx.postmortem("SECRET-7", null));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validator.validate(vars(), SoakFixture.projectPolicyArgs(), null));

        assertThat(refused.getGenericErrors()).containsExactly("postmortem.jira.soak.blocked.awaitingDebrief[ACT-1, "
                + "PM-1, postmortem.jira.soak.hiddenPostmortems[1], 2]");
    }

    @Test
    void theValidatorDescribesAPostmortemTheUserCannotBrowseInAProblem() {
        fx.hide(fx.linked("SECRET-7", "not a date", SoakFixture.LINK_TYPE_ID));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validator.validate(vars(), SoakFixture.projectPolicyArgs(), null));

        assertThat(refused.getGenericErrors()).containsExactly("postmortem.jira.soak.blocked.cannotEvaluate[ACT-1, "
                + "postmortem.jira.soak.problem.debriefNotDate[Debrief held at, "
                + "postmortem.jira.soak.hiddenPostmortems[1]]]");
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
    void theValidatorDescribesALinkedIssueItCannotReadWithoutItsId() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(5)));
        fx.unreadableLink(98765L);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validator.validate(vars(), SoakFixture.projectPolicyArgs(), null));

        assertThat(refused.getGenericErrors()).containsExactly("postmortem.jira.soak.blocked.cannotEvaluate[ACT-1, "
                + "postmortem.jira.soak.problem.postmortemUnavailable]");
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
