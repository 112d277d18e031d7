package dev.postmortem.jira.storage;

/** How a stored soak policy counts: the value of {@link SoakPolicyEntity#COLUMN_SOAK_MODE}. Never rename. */
public enum SoakMode {
    HOURS,
    BUSINESS_DAYS
}
