package dev.postmortem.jira.report;

import dev.postmortem.core.process.ProcessPeriod;

/**
 * What the process report page's template needs: the project, the default period and where the page's script reads
 * the rows. The rows themselves are read by the script from {@link ProcessReportResource}, so one permission check
 * and one period rule serve the page, the JSON and the CSV.
 *
 * @param allowed false when the viewer may not browse the project: the page then says only that
 */
public record ProcessReportPage(boolean allowed, String projectKey, String defaultFrom, String defaultTo,
        String resourceKey) {

    public boolean isAllowed() {
        return allowed;
    }

    public String getProjectKey() {
        return projectKey;
    }

    public String getDefaultFrom() {
        return defaultFrom;
    }

    public String getDefaultTo() {
        return defaultTo;
    }

    public int getMaxDays() {
        return ProcessPeriod.MAX_DAYS;
    }

    /** The complete key of the page's web-resource (chart library, script, styles). */
    public String getResourceKey() {
        return resourceKey;
    }
}
