package dev.postmortem.jira.admin;

import dev.postmortem.core.soak.SoakPolicy;

import java.util.List;
import java.util.Map;

/**
 * Everything the administration page template shows, translated; built by {@link AdminPage} for one request.
 * A refused view carries only the refusal.
 */
public final class AdminPageView {

    private final String refusal;
    private final String success;
    private final List<String> formErrors;
    private final SiteDefaultForm form;
    private final List<DayChoice> dayChoices;
    private final Map<String, String> fieldErrors;
    private final List<SetupRow> setupRows;
    private final String setupRun;
    private final boolean setupRunOk;
    private final List<String> featuresOff;
    private final GateScan.Result gate;

    AdminPageView(String refusal, String success, List<String> formErrors, SiteDefaultForm form,
            List<DayChoice> dayChoices, Map<String, String> fieldErrors, List<SetupRow> setupRows, String setupRun,
            boolean setupRunOk, List<String> featuresOff, GateScan.Result gate) {
        this.refusal = refusal;
        this.success = success;
        this.formErrors = List.copyOf(formErrors);
        this.form = form;
        this.dayChoices = List.copyOf(dayChoices);
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.setupRows = List.copyOf(setupRows);
        this.setupRun = setupRun;
        this.setupRunOk = setupRunOk;
        this.featuresOff = List.copyOf(featuresOff);
        this.gate = gate;
    }

    static AdminPageView refused(String refusal) {
        return new AdminPageView(refusal, null, List.of(), null, List.of(), Map.of(), List.of(), null, false,
                List.of(), GateScan.Result.couldNotRead());
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** Why the caller may not use the page (translated), or null. */
    public String getRefusal() {
        return refusal;
    }

    /** A confirmation after a save, or null. */
    public String getSuccess() {
        return success;
    }

    /** Problems of the site default form that belong to no single field. */
    public List<String> getFormErrors() {
        return formErrors;
    }

    public boolean isFormInvalid() {
        return !formErrors.isEmpty() || !fieldErrors.isEmpty();
    }

    public SiteDefaultForm getForm() {
        return form;
    }

    public List<DayChoice> getDayChoices() {
        return dayChoices;
    }

    public String getKindError() {
        return fieldErrors.get(SiteDefaultForm.KIND);
    }

    public String getHoursError() {
        return fieldErrors.get(SiteDefaultForm.HOURS);
    }

    public String getDaysError() {
        return fieldErrors.get(SiteDefaultForm.DAYS);
    }

    public String getZoneError() {
        return fieldErrors.get(SiteDefaultForm.ZONE);
    }

    public String getWorkingDaysError() {
        return fieldErrors.get(SiteDefaultForm.WORKING_DAYS);
    }

    public String getHolidaysError() {
        return fieldErrors.get(SiteDefaultForm.HOLIDAYS);
    }

    /** The objects setup manages: as Jira has them now, or as the setup run just left them. */
    public List<SetupRow> getSetupRows() {
        return setupRows;
    }

    /** What the setup run just done says (translated), or null when the page shows Jira as it is. */
    public String getSetupRun() {
        return setupRun;
    }

    /** Whether that run ended without a failed step and was not skipped. */
    public boolean isSetupRunOk() {
        return setupRunOk;
    }

    public List<String> getFeaturesOff() {
        return featuresOff;
    }

    public List<GateTransition> getGateTransitions() {
        return gate.transitions();
    }

    public long getBypassCount() {
        return gate.transitions().stream().filter(GateTransition::isBypassable).count();
    }

    public int getWorkflowsRead() {
        return gate.workflowsRead();
    }

    public boolean isGateTruncated() {
        return gate.truncated();
    }

    public boolean isGateUnreadable() {
        return gate.unreadable();
    }

    public long getMaxHours() {
        return SoakPolicy.MAX_HOURS;
    }

    public long getMaxDays() {
        return SoakPolicy.MAX_BUSINESS_DAYS;
    }

    public int getMaxWorkflows() {
        return GateScan.MAX_WORKFLOWS;
    }
}
