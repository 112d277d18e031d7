package dev.postmortem.jira.storage;

import dev.postmortem.core.soak.SoakPolicy;

import java.util.Optional;

/** Soak policies: one per project that configured its own, and the site default. */
public interface SoakPolicyStore {

    Optional<SoakPolicy> siteDefault();

    void saveSiteDefault(SoakPolicy policy);

    Optional<SoakPolicy> forProject(long projectId);

    void saveForProject(long projectId, SoakPolicy policy);

    /** @return true when the project had its own policy */
    boolean removeForProject(long projectId);

    /** The project's policy, else the site default, else the core's built-in default. */
    default SoakPolicy effectiveFor(long projectId) {
        return forProject(projectId).or(this::siteDefault).orElse(SoakPolicy.DEFAULT);
    }
}
