package dev.postmortem.jira.setup;

import com.atlassian.sal.api.lifecycle.LifecycleAware;

/**
 * Runs {@link PostmortemSetup} when SAL says the plugin and Jira are up. Exported as an OSGi
 * {@code LifecycleAware} service in postmortem-setup.xml; SAL calls {@link #onStart()} on every node.
 */
public class PostmortemSetupLauncher implements LifecycleAware {

    private final PostmortemSetup setup;

    public PostmortemSetupLauncher(PostmortemSetup setup) {
        this.setup = setup;
    }

    @Override
    public void onStart() {
        setup.run();
    }

    @Override
    public void onStop() {
        // Nothing to release: setup keeps no state between runs.
    }
}
