package dev.postmortem.jira.setup;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.postmortem.jira.host.SetupTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every setup step once, under a cluster-wide lock, and reports what each did.
 *
 * <p>Cluster safety comes from two things: each step is idempotent (look, then create what is missing), and the
 * whole run holds one cluster lock so two nodes starting together do not both see "missing" and both create.
 * A node waits up to {@code lockWait} for the lock. If another node still holds it after that, this node skips
 * setup and logs so: the holder is doing the same work, and the next start of any node repairs whatever that
 * run could not finish. Waiting (rather than giving up at once) means the usual case, a quick run on the other
 * node, is followed by a cheap re-check here that changes nothing.
 *
 * <p>One failing step does not stop the others: its exception is logged and recorded as
 * {@link StepResult.Outcome#FAILED}.
 */
public class PostmortemSetup {

    static final String LOCK_NAME = "dev.postmortem.postmortem-jira.setup";
    private static final Logger LOG = LoggerFactory.getLogger(PostmortemSetup.class);

    private final ClusterLockService clusterLockService;
    private final List<SetupStep> steps;
    private final SetupTexts texts;
    private final Duration lockWait;

    public PostmortemSetup(ClusterLockService clusterLockService, List<SetupStep> steps, SetupTexts texts,
            Duration lockWait) {
        this.clusterLockService = clusterLockService;
        this.steps = List.copyOf(steps);
        this.texts = texts;
        this.lockWait = lockWait;
    }

    public SetupReport run() {
        ClusterLock lock = clusterLockService.getLockForName(LOCK_NAME);
        boolean locked;
        try {
            locked = lock.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Postmortem setup skipped: interrupted while waiting for the cluster lock {}", LOCK_NAME);
            return SetupReport.skippedBecauseLocked();
        }
        if (!locked) {
            LOG.info("Postmortem setup skipped on this node: another node has held the cluster lock {} for more than"
                    + " {} s and is doing the same work; the next start re-checks everything.", LOCK_NAME,
                    lockWait.toSeconds());
            return SetupReport.skippedBecauseLocked();
        }
        try {
            return runSteps();
        } finally {
            lock.unlock();
        }
    }

    private SetupReport runSteps() {
        Map<String, StepResult> results = new LinkedHashMap<>();
        for (SetupStep step : steps) {
            StepResult result = runOne(step);
            results.put(step.id(), result);
            log(step, result);
        }
        SetupReport report = SetupReport.of(results);
        if (report.failedSteps().isEmpty()) {
            LOG.info("Postmortem setup finished: {}", report.changedSomething() ? "changes made" : "nothing to change");
        } else {
            LOG.warn("Postmortem setup finished with failed steps {}; they are retried on the next start",
                    report.failedSteps());
        }
        return report;
    }

    private static StepResult runOne(SetupStep step) {
        try {
            return step.ensure();
        } catch (RuntimeException e) {
            // Logged with its stack trace for the admin's support zip; the report keeps the short form.
            LOG.error("Postmortem setup step '{}' failed", step.id(), e);
            return StepResult.failed("postmortem.jira.setup.stepFailed", step.id(), String.valueOf(e.getMessage()));
        }
    }

    private void log(SetupStep step, StepResult result) {
        String message = texts.text(result.messageKey(), result.args().toArray(String[]::new));
        switch (result.outcome()) {
            case FAILED, ATTENTION -> LOG.warn("Postmortem setup [{}] {}: {}", step.id(), result.outcome(), message);
            default -> LOG.info("Postmortem setup [{}] {}: {}", step.id(), result.outcome(), message);
        }
    }
}
