package dev.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Model v1. A soak policy: one row per project that has its own, plus one row without a project (the site
 * default). Column names are the AO field-name converter's output for the accessors (upper case, underscores).
 */
@Preload
@Table(SoakPolicyEntity.TABLE)
public interface SoakPolicyEntity extends Entity {

    String TABLE = "SOAK_POLICY";
    String COLUMN_PROJECT_ID = "PROJECT_ID";
    String COLUMN_SOAK_MODE = "SOAK_MODE";
    String COLUMN_AMOUNT = "AMOUNT";
    String COLUMN_WORKING_DAYS = "WORKING_DAYS";
    String COLUMN_ZONE_ID = "ZONE_ID";
    String COLUMN_HOLIDAYS = "HOLIDAYS";

    /** Null on the site-default row. */
    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    /** {@link SoakMode} name. */
    @NotNull
    @StringLength(16)
    String getSoakMode();

    void setSoakMode(String soakMode);

    /** Hours for {@link SoakMode#HOURS}, working days for {@link SoakMode#BUSINESS_DAYS}. */
    @NotNull
    Long getAmount();

    void setAmount(Long amount);

    /** ISO day-of-week numbers, e.g. "1,2,3,4,5"; null for {@link SoakMode#HOURS}. */
    @StringLength(32)
    String getWorkingDays();

    void setWorkingDays(String workingDays);

    /** A java.time zone id, e.g. "Europe/Berlin"; null for {@link SoakMode#HOURS}. */
    @StringLength(64)
    String getZoneId();

    void setZoneId(String zoneId);

    /** ISO dates separated by commas; empty or null for none. Unlimited: a calendar can list many years. */
    @StringLength(StringLength.UNLIMITED)
    String getHolidays();

    void setHolidays(String holidays);
}
