package dev.postmortem.jira.setup;

import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.storage.SoakPolicyStore;

/**
 * Ensures the site-default soak policy row exists, with the core's {@link SoakPolicy#DEFAULT}. An existing row
 * (perhaps changed by an admin) is never overwritten.
 */
public class EnsureDefaultSoakPolicy implements SetupStep {

    private final SoakPolicyStore store;

    public EnsureDefaultSoakPolicy(SoakPolicyStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return "default-soak-policy";
    }

    @Override
    public StepResult ensure() {
        if (store.siteDefault().isPresent()) {
            return StepResult.unchanged("postmortem.jira.setup.policy.present");
        }
        store.saveSiteDefault(SoakPolicy.DEFAULT);
        return StepResult.created("postmortem.jira.setup.policy.created");
    }
}
