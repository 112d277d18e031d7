package dev.postmortem.core.decision;

/**
 * What a person chooses for a proposed action once its soak has ended.
 * <ul>
 *   <li>{@link #COMMIT}: the team will do it; the host runs the action's gated workflow transition.</li>
 *   <li>{@link #DROP}: the team will not do it; a reason is required and kept.</li>
 *   <li>{@link #KEEP}: decide later. Nothing changes and nothing is recorded: the action stays proposed and keeps
 *       awaiting a decision.</li>
 * </ul>
 */
public enum Choice {
    COMMIT,
    DROP,
    KEEP
}
