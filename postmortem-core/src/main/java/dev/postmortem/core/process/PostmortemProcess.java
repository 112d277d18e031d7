package dev.postmortem.core.process;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the recorded steps of one postmortem say about its process. The rules (the first two are
 * {@link CurrentDebrief}'s, which the Jira storage applies to its rows too):
 * <ul>
 *   <li>The <b>current debrief</b> is the latest recorded {@link ProcessStep.Kind#DEBRIEF_HELD}, unless a
 *       {@link ProcessStep.Kind#DEBRIEF_CLEARED} was recorded after it (record order, not the times: a corrected
 *       debrief may name an earlier time). A debrief that was cleared and held again counts from the new time.</li>
 *   <li>The <b>soak end</b> is the first {@link ProcessStep.Kind#SOAK_ENDED} recorded after the current debrief; a
 *       soak end of an earlier debrief does not count for the current one.</li>
 *   <li>Every commit handed in counts in {@link #commits()} (the caller decides which: the Jira app hands in only
 *       the commits of actions the viewer may browse, so the first commit is the earliest visible one). The
 *       <b>first commit</b> is the earliest commit at or after the current debrief's time; commits earlier than
 *       that (made by override before the debrief, or under a debrief since corrected to a later time) are counted
 *       in {@link #commitsBeforeDebrief()} instead, so the time from debrief to first commit is never negative. Without a current debrief there is no first commit and every
 *       commit is before the debrief.</li>
 * </ul>
 */
public final class PostmortemProcess {

    private final Instant debriefHeldAt;
    private final Instant soakEndedAt;
    private final Commit firstCommit;
    private final int commits;
    private final int commitsBeforeDebrief;
    private final int overrides;

    private PostmortemProcess(Instant debriefHeldAt, Instant soakEndedAt, Commit firstCommit, int commits,
            int commitsBeforeDebrief, int overrides) {
        this.debriefHeldAt = debriefHeldAt;
        this.soakEndedAt = soakEndedAt;
        this.firstCommit = firstCommit;
        this.commits = commits;
        this.commitsBeforeDebrief = commitsBeforeDebrief;
        this.overrides = overrides;
    }

    /**
     * @param recordOrder the postmortem's steps in the order they were recorded
     * @param overrides   how many soak overrides of the postmortem's actions count (the caller decides which)
     */
    public static PostmortemProcess of(List<ProcessStep> recordOrder, int overrides) {
        Objects.requireNonNull(recordOrder, "recordOrder");
        if (overrides < 0) {
            throw new IllegalArgumentException("overrides must not be negative");
        }
        Optional<CurrentDebrief> current = CurrentDebrief.in(recordOrder, ProcessStep::kind);
        Instant heldAt = current.map(debrief -> recordOrder.get(debrief.debrief()).at()).orElse(null);
        Instant soakEndedAt = current.filter(CurrentDebrief::soakEnded)
                .map(debrief -> recordOrder.get(debrief.soakEnd()).at()).orElse(null);
        Commit first = null;
        int commits = 0;
        int before = 0;
        for (ProcessStep step : recordOrder) {
            if (step.kind() != ProcessStep.Kind.ACTION_COMMITTED) {
                continue;
            }
            commits++;
            if (heldAt == null || step.at().isBefore(heldAt)) {
                before++;
            } else if (first == null || step.at().isBefore(first.at())) {
                first = new Commit(step.at(), step.actorKey());
            }
        }
        return new PostmortemProcess(heldAt, soakEndedAt, first, commits, before, overrides);
    }

    /** The current debrief's time. */
    public Optional<Instant> debriefHeldAt() {
        return Optional.ofNullable(debriefHeldAt);
    }

    /** The recorded end of the current debrief's soak. */
    public Optional<Instant> soakEndedAt() {
        return Optional.ofNullable(soakEndedAt);
    }

    /** The earliest commit at or after the current debrief. */
    public Optional<Commit> firstCommit() {
        return Optional.ofNullable(firstCommit);
    }

    /** From the current debrief to the first commit after it. */
    public Optional<Duration> debriefToFirstCommit() {
        return firstCommit().map(commit -> Duration.between(debriefHeldAt, commit.at()));
    }

    /** Every recorded commit of the postmortem's actions. */
    public int commits() {
        return commits;
    }

    /** Commits earlier than the current debrief's time; all of them when there is no current debrief. */
    public int commitsBeforeDebrief() {
        return commitsBeforeDebrief;
    }

    public int overrides() {
        return overrides;
    }

    public boolean overridden() {
        return overrides > 0;
    }

    /**
     * Where the soak stands at {@code now}: ended at its recorded end; else, for a current debrief, by
     * {@code soakEndsAt} (the end the project's soak policy gives the debrief, as the summary shows it; null when
     * unknown) soaking until then or ended then (the recorded end follows within the soak-end job's interval).
     */
    public SoakProgress soakAt(Instant soakEndsAt, Instant now) {
        Objects.requireNonNull(now, "now");
        if (soakEndedAt != null) {
            return new SoakProgress(SoakProgress.Stage.ENDED, soakEndedAt);
        }
        if (debriefHeldAt == null || soakEndsAt == null) {
            return SoakProgress.UNKNOWN;
        }
        return soakEndsAt.isAfter(now)
                ? new SoakProgress(SoakProgress.Stage.SOAKING, soakEndsAt)
                : new SoakProgress(SoakProgress.Stage.ENDED, soakEndsAt);
    }

    /**
     * Where a soak stands: {@code at} is when it ends or ended; null for {@link Stage#UNKNOWN}.
     */
    public record SoakProgress(Stage stage, Instant at) {

        public static final SoakProgress UNKNOWN = new SoakProgress(Stage.UNKNOWN, null);

        public enum Stage { UNKNOWN, SOAKING, ENDED }

        public SoakProgress {
            Objects.requireNonNull(stage, "stage");
            if ((stage == Stage.UNKNOWN) != (at == null)) {
                throw new IllegalArgumentException("a time exactly when the stage is known");
            }
        }
    }
}
