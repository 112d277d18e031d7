package dev.postmortem.jira.soak;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.jira.host.CallerAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.postmortem.jira.soak.SoakFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SoakStatusAndPanelTest {

    private final SoakFixture fx = new SoakFixture();
    private final TextsFixture tx = new TextsFixture();
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final ApplicationUser member = mock(ApplicationUser.class);
    private SoakStatus status;
    private SoakPanelContextProvider panel;

    @BeforeEach
    void setUp() {
        CallerAccess access = new CallerAccess(mock(IssueManager.class), mock(ProjectManager.class), permissionManager,
                tx.authenticationContext, fx.lookup());
        status = new SoakStatus(fx.gate(), fx.lookup(), tx.texts(), fx.clock, access);
        fx.browsePostmortems(permissionManager);
        panel = new SoakPanelContextProvider(status, access, tx.authenticationContext,
                BaseUrls.of("https://jira.example.com"));
        when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, fx.action, admin)).thenReturn(true);
    }

    @Test
    void aSoakingActionShowsTheEndTimeLeftAndPostmortemAndTheOverrideFormToAdmins() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));
        when(tx.authenticationContext.getLoggedInUser()).thenReturn(admin);

        SoakStatusView view = soakIn(panel.getContextMap(Map.of("issue", fx.action)));

        assertThat(view.getState()).isEqualTo("SOAKING");
        assertThat(view.isCommittable()).isFalse();
        assertThat(view.getEndsAt()).isEqualTo("2026-11-27T00:00:00Z");
        assertThat(view.getEndsAtDisplay()).isEqualTo("user-tz:2026-11-27T00:00:00Z");
        assertThat(view.getTimeLeft()).isEqualTo("postmortem.jira.soak.timeLeft[1, 14, 0]");
        assertThat(view.getHeldBy()).isEqualTo("PM-1");
        assertThat(view.getMessage()).isEqualTo("postmortem.jira.soak.status.soaking[PM-1, user-tz:2026-11-27T00:00:00Z]");
        assertThat(view.isCanOverride()).isTrue();
        assertThat(view.isActionIssue()).isTrue();
    }

    @Test
    void membersWhoAreNotProjectAdminsGetNoOverrideForm() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));
        when(tx.authenticationContext.getLoggedInUser()).thenReturn(member);

        assertThat(soakIn(panel.getContextMap(Map.of("issue", fx.action))).isCanOverride()).isFalse();
    }

    @Test
    void anonymousViewersGetNoOverrideForm() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofHours(10)));

        assertThat(soakIn(panel.getContextMap(Map.of("issue", fx.action))).isCanOverride()).isFalse();
    }

    @Test
    void awaitingDebriefListsThePostmortems() {
        fx.postmortem("PM-1", null);

        SoakStatusView view = status.of(fx.action, true);

        assertThat(view.getState()).isEqualTo("AWAITING_DEBRIEF");
        assertThat(view.getAwaitingDebrief()).containsExactly("PM-1");
        assertThat(view.getEndsAt()).isNull();
    }

    @Test
    void aSoakingPostmortemTheViewerCannotBrowseIsDescribedNotNamed() {
        Issue secret = fx.postmortem("SECRET-7", NOW.minus(Duration.ofHours(10)));
        fx.hide(secret);
        when(tx.authenticationContext.getLoggedInUser()).thenReturn(member);

        SoakStatusView view = soakIn(panel.getContextMap(Map.of("issue", fx.action)));

        assertThat(view.getState()).isEqualTo("SOAKING");
        assertThat(view.getEndsAt()).isEqualTo("2026-11-27T00:00:00Z");
        assertThat(view.getHeldBy()).isEqualTo("postmortem.jira.soak.hiddenPostmortems[1]");
        assertThat(view.getMessage()).isEqualTo("postmortem.jira.soak.status.soaking["
                + "postmortem.jira.soak.hiddenPostmortems[1], user-tz:2026-11-27T00:00:00Z]");
        verify(permissionManager).hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret, member);
    }

    @Test
    void awaitingDebriefNamesOnlyThePostmortemsTheViewerMayBrowseAndStillCountsAll() {
        fx.postmortem("PM-1", null);
        fx.hide(fx.postmortem("SECRET-7", null));
        fx.hide(fx.postmortem("SECRET-8", null));
        when(tx.authenticationContext.getLoggedInUser()).thenReturn(member);

        SoakStatusView view = status.of(fx.action, false);

        assertThat(view.getState()).isEqualTo("AWAITING_DEBRIEF");
        assertThat(view.getAwaitingDebrief())
                .containsExactly("PM-1", "postmortem.jira.soak.hiddenPostmortems[2]");
        assertThat(view.getMessage()).isEqualTo("postmortem.jira.soak.status.awaitingDebrief["
                + "PM-1, postmortem.jira.soak.hiddenPostmortems[2], 3]");
        assertThat(view.getMessage() + view.getAwaitingDebrief()).doesNotContain("SECRET");
    }

    @Test
    void aProblemNamingAPostmortemTheViewerCannotBrowseDescribesIt() {
        fx.hide(fx.linked("SECRET-7", "not a date", SoakFixture.LINK_TYPE_ID));
        when(tx.authenticationContext.getLoggedInUser()).thenReturn(member);

        SoakStatusView view = status.of(fx.action, false);

        assertThat(view.getState()).isEqualTo("CANNOT_EVALUATE");
        assertThat(view.getMessage()).isEqualTo("postmortem.jira.soak.status.cannotEvaluate["
                + "postmortem.jira.soak.problem.debriefNotDate[Debrief held at, "
                + "postmortem.jira.soak.hiddenPostmortems[1]]]");
    }

    @Test
    void aProblemNamingAPostmortemTheViewerMayBrowseNamesIt() {
        fx.linked("PM-1", "not a date", SoakFixture.LINK_TYPE_ID);

        assertThat(status.of(fx.action, false).getMessage()).isEqualTo("postmortem.jira.soak.status.cannotEvaluate["
                + "postmortem.jira.soak.problem.debriefNotDate[Debrief held at, PM-1]]");
    }

    @Test
    void anOverriddenActionShowsWhoAndWhyAndOffersNoFurtherOverride() {
        Issue pm = fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        fx.override(pm, NOW.minus(Duration.ofMinutes(30)), null, null);

        SoakStatusView view = status.of(fx.action, true);

        assertThat(view.getState()).isEqualTo("OVERRIDDEN");
        assertThat(view.isCommittable()).isTrue();
        // Jira no longer knows the user "admin": described, never shown by the stored key.
        assertThat(view.getOverriddenBy()).isEqualTo("postmortem.jira.soak.formerUser");
        assertThat(view.getMessage()).doesNotContain("admin");
        assertThat(view.getOverrideReason()).isEqualTo("Customer outage fix cannot wait");
        assertThat(view.getOverriddenAtDisplay()).isEqualTo("user-tz:2026-11-25T09:30:00Z");
        assertThat(view.isCanOverride()).isFalse();
    }

    @Test
    void theOverridingAdminIsShownByDisplayNameNotByTheirOpaqueKey() {
        Issue pm = fx.postmortem("PM-1", NOW.minus(Duration.ofHours(1)));
        fx.override(pm, NOW.minus(Duration.ofMinutes(30)), null, null);
        ApplicationUser known = mock(ApplicationUser.class);
        when(known.getDisplayName()).thenReturn("Ada Admin");
        when(tx.userManager.getUserByKey("admin")).thenReturn(known);

        SoakStatusView view = status.of(fx.action, true);

        assertThat(view.getOverriddenBy()).isEqualTo("Ada Admin");
        assertThat(view.getMessage())
                .isEqualTo("postmortem.jira.soak.status.overridden[Ada Admin, Customer outage fix cannot wait]");
    }

    @Test
    void aCommittableActionSaysSo() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(3)));

        SoakStatusView view = status.of(fx.action, true);

        assertThat(view.getState()).isEqualTo("COMMITTABLE");
        assertThat(view.getMessage()).isEqualTo("postmortem.jira.soak.status.committable");
        assertThat(view.isCanOverride()).isFalse();
    }

    @Test
    void aGateThatCannotEvaluateIsShownAsSuch() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(3)));
        fx.deleteDebriefField();

        SoakStatusView view = status.of(fx.action, true);

        assertThat(view.getState()).isEqualTo("CANNOT_EVALUATE");
        assertThat(view.getMessage()).isEqualTo("postmortem.jira.soak.status.cannotEvaluate["
                + "postmortem.jira.soak.problem.debriefFieldMissing]");
        assertThat(view.isActionIssue()).isTrue();
        assertThat(view.isCanOverride()).isFalse();
    }

    @Test
    void aLinkedIssueTheGateCannotReadIsDescribedWithoutItsId() {
        fx.unreadableLink(98765L);

        SoakStatusView view = status.of(fx.action, true);

        assertThat(view.getState()).isEqualTo("CANNOT_EVALUATE");
        assertThat(view.getMessage()).isEqualTo("postmortem.jira.soak.status.cannotEvaluate["
                + "postmortem.jira.soak.problem.postmortemUnavailable]");
    }

    @Test
    void withoutTheLinkTypeTheStatusCannotEvaluate() {
        fx.deleteLinkType();

        assertThat(status.of(fx.action, true).getMessage()).isEqualTo("postmortem.jira.soak.status.cannotEvaluate["
                + "postmortem.jira.soak.problem.actionLinkTypeMissing]");
    }

    @Test
    void thePanelShowsOnlyOnIssuesWithALinkedPostmortem() {
        ActionIssueCondition condition = new ActionIssueCondition(status, fx.gate());
        assertThat(condition.shouldDisplay(Map.of("issue", fx.action))).isFalse();
        assertThat(condition.shouldDisplay(Map.of())).isFalse();

        fx.postmortem("PM-1", null);
        assertThat(condition.shouldDisplay(Map.of("issue", fx.action))).isTrue();
    }

    @Test
    void thePanelShowsOnNoIssueWhenTheLinkTypeWasDeleted() {
        fx.deleteLinkType();

        assertThat(new ActionIssueCondition(status, fx.gate()).shouldDisplay(Map.of("issue", fx.action))).isFalse();
    }

    @Test
    void aRenamedLinkTypeIsStillFoundByItsIdSoThePanelStillEvaluates() {
        fx.postmortem("PM-1", NOW.minus(Duration.ofDays(3)));
        when(fx.issueLinkTypeManager.getIssueLinkTypesByName(anyString())).thenReturn(List.of());

        assertThat(new ActionIssueCondition(status, fx.gate()).shouldDisplay(Map.of("issue", fx.action))).isTrue();
        assertThat(status.of(fx.action, false).getState()).isEqualTo("COMMITTABLE");
    }

    @Test
    void thePanelContextCarriesI18nAndNoStatusWithoutAnIssue() {
        Map<String, Object> context = panel.getContextMap(Map.of());

        assertThat(context).containsEntry("i18n", tx.i18n).doesNotContainKey("soak");
    }

    private static SoakStatusView soakIn(Map<String, Object> context) {
        return (SoakStatusView) context.get(SoakPanelContextProvider.SOAK_KEY);
    }
}
