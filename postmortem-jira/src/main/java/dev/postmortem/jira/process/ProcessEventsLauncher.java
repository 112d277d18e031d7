package dev.postmortem.jira.process;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import dev.postmortem.jira.host.OptionalFeatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Objects;

/**
 * Ties the process-event writers to the plugin's life: SAL calls {@link #onStart()} on every node once the plugin and
 * Jira are up (exported as a {@code LifecycleAware} service in postmortem-process.xml), {@link #onStop()} when the
 * plugin is disabled or Jira stops.
 *
 * <p>On start: registers the {@link DebriefListener} with the event publisher, this node's {@link SoakEndJobRunner}
 * with the scheduler, and schedules the soak-end job {@link RunMode#RUN_ONCE_PER_CLUSTER} every {@link #INTERVAL}
 * (scheduling the same job id again, as every node does on start, replaces it: there is one job per cluster). On
 * stop: unregisters both. The job's schedule is left in place on purpose: it is cluster-wide and stored by Jira, so a
 * node stopping must not unschedule it for the others; while no node has the runner registered the job just does
 * not run.
 *
 * <p>Without Jira's scheduler (an optional host service) the job is not registered: soak ends are then recorded by the
 * commit post-function, as when the job has not run yet. The listener does not depend on it.
 */
public class ProcessEventsLauncher implements LifecycleAware {

    /** The soak-end job's runner key and job id (one job). */
    public static final String JOB_KEY = "dev.postmortem.postmortem-jira:soak-end-job";
    /** How often soak ends are looked for; SOAK_ENDED carries the soak end time, so this only bounds the delay. */
    public static final Duration INTERVAL = Duration.ofMinutes(15);
    /** Lets Jira finish starting before the first run. */
    static final Duration FIRST_RUN_DELAY = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(ProcessEventsLauncher.class);

    private final EventPublisher eventPublisher;
    private final SchedulerService schedulerService;
    private final DebriefListener debriefListener;
    private final SoakEndJobRunner soakEndJobRunner;
    private final Clock clock;
    private final OptionalFeatures features;
    private volatile boolean jobRunnerRegistered;

    public ProcessEventsLauncher(EventPublisher eventPublisher, SchedulerService schedulerService,
            DebriefListener debriefListener, SoakEndJobRunner soakEndJobRunner, Clock clock,
            OptionalFeatures features) {
        this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
        this.schedulerService = Objects.requireNonNull(schedulerService, "schedulerService");
        this.debriefListener = Objects.requireNonNull(debriefListener, "debriefListener");
        this.soakEndJobRunner = Objects.requireNonNull(soakEndJobRunner, "soakEndJobRunner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.features = Objects.requireNonNull(features, "features");
    }

    @Override
    public void onStart() {
        eventPublisher.register(debriefListener);
        if (!features.isOn(OptionalFeatures.Feature.SOAK_END_JOB)) {
            return;
        }
        JobRunnerKey runnerKey = JobRunnerKey.of(JOB_KEY);
        schedulerService.registerJobRunner(runnerKey, soakEndJobRunner);
        jobRunnerRegistered = true;
        JobConfig config = JobConfig.forJobRunnerKey(runnerKey)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(INTERVAL.toMillis(),
                        Date.from(clock.instant().plus(FIRST_RUN_DELAY))));
        try {
            schedulerService.scheduleJob(JobId.of(JOB_KEY), config);
        } catch (SchedulerServiceException e) {
            // Debriefs are still recorded by the listener and soak ends by the commit post-function; the job is
            // scheduled again on the next start of any node.
            LOG.error("Could not schedule the postmortem soak-end job; soak ends are recorded only on commit until"
                    + " the plugin starts again", e);
        }
    }

    @Override
    public void onStop() {
        eventPublisher.unregister(debriefListener);
        if (jobRunnerRegistered) {
            jobRunnerRegistered = false;
            schedulerService.unregisterJobRunner(JobRunnerKey.of(JOB_KEY));
        }
    }
}
