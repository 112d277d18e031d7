package dev.postmortem.jira.admin;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.host.RestProblem;
import dev.postmortem.jira.setup.PostmortemSetup;
import dev.postmortem.jira.setup.SetupReport;
import dev.postmortem.jira.soak.SoakPolicyJson;
import dev.postmortem.jira.storage.SoakPolicyStore;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the administration page does, one method per request, each checking first that the caller is a Jira
 * administrator (a refused request reads and writes nothing). {@link PostmortemAdminAction} only hands requests in.
 */
public class AdminPage {

    static final String REFUSED_KEY = "postmortem.jira.admin.refused";
    static final String SAVED_KEY = "postmortem.jira.admin.policy.saved";
    /** The weekday names Project settings → Postmortem shows, by {@link DayOfWeek#getValue()}: one set for both forms. */
    static final String DAY_KEY_PREFIX = "postmortem.jira.settings.day.";

    private final AdminAccess access;
    private final AdminTexts texts;
    private final SoakPolicyStore store;
    private final PostmortemSetup setup;
    private final SetupOverview overview;
    private final GateScan gateScan;

    /** @param store the app's {@code soakPolicyStore}, which invalidates the gate's cached policies on every node */
    public AdminPage(AdminAccess access, AdminTexts texts, SoakPolicyStore store, PostmortemSetup setup,
            SetupOverview overview, GateScan gateScan) {
        this.access = Objects.requireNonNull(access, "access");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.store = Objects.requireNonNull(store, "store");
        this.setup = Objects.requireNonNull(setup, "setup");
        this.overview = Objects.requireNonNull(overview, "overview");
        this.gateScan = Objects.requireNonNull(gateScan, "gateScan");
    }

    /** The page as Jira is now. */
    public AdminPageView show() {
        if (!access.callerIsJiraAdmin()) {
            return refused();
        }
        return page(currentForm(), null, List.of(), Map.of(), overview.now(), null, false);
    }

    /** Saves the site default if every field is valid; otherwise saves nothing and shows the form as typed. */
    public AdminPageView saveSiteDefault(Map<String, String[]> parameters) {
        if (!access.callerIsJiraAdmin()) {
            return refused();
        }
        SiteDefaultForm form = SiteDefaultForm.fromRequest(parameters);
        SoakPolicy policy;
        try {
            policy = SoakPolicyJson.read(form.toJson());
        } catch (RestProblem problem) {
            List<String> general = new ArrayList<>();
            Map<String, String> byField = new LinkedHashMap<>();
            for (RestProblem.Detail detail : problem.details()) {
                String message = texts.text(detail.messageKey(), detail.args().toArray());
                if (detail.field() == null) {
                    general.add(message);
                } else {
                    byField.merge(detail.field(), message, (first, next) -> first + " " + next);
                }
            }
            return page(form, null, general, byField, overview.now(), null, false);
        }
        store.saveSiteDefault(policy);
        return page(SiteDefaultForm.of(policy), texts.text(SAVED_KEY), List.of(), Map.of(), overview.now(), null,
                false);
    }

    /** Runs setup under its cluster lock (as at start) and shows what that run did. */
    public AdminPageView runSetup() {
        if (!access.callerIsJiraAdmin()) {
            return refused();
        }
        SetupReport report = setup.run();
        if (report.skipped()) {
            return page(currentForm(), null, List.of(), Map.of(), overview.now(),
                    texts.text("postmortem.jira.admin.setup.skipped"), false);
        }
        boolean ok = report.failedSteps().isEmpty();
        String summary = texts.text(ok ? (report.changedSomething() ? "postmortem.jira.admin.setup.ranChanged"
                : "postmortem.jira.admin.setup.ranUnchanged") : "postmortem.jira.admin.setup.ranFailed");
        return page(currentForm(), null, List.of(), Map.of(), overview.of(report), summary, ok);
    }

    private AdminPageView refused() {
        return AdminPageView.refused(texts.text(REFUSED_KEY));
    }

    private SiteDefaultForm currentForm() {
        return SiteDefaultForm.of(store.siteDefault().orElse(SoakPolicy.DEFAULT));
    }

    private AdminPageView page(SiteDefaultForm form, String success, List<String> formErrors,
            Map<String, String> fieldErrors, List<SetupRow> setupRows, String setupRun, boolean setupRunOk) {
        List<DayChoice> days = new ArrayList<>();
        form.workingDayChoices().forEach((day, ticked) -> days.add(new DayChoice(day,
                texts.text(DAY_KEY_PREFIX + DayOfWeek.valueOf(day).getValue()), ticked)));
        return new AdminPageView(null, success, formErrors, form, days, fieldErrors, setupRows, setupRun, setupRunOk,
                overview.featuresOff(), gateScan.scan());
    }
}
