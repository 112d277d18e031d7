/**
 * Storage: Active Objects entities and the repositories that map them to core types.
 *
 * <h2>Model</h2>
 * The tables, declared in the {@code <ao key="postmortem-ao" namespace="dev.postmortem.postmortem-jira">}
 * module (the namespace must never change: AO derives the table prefix {@code AO_xxxxxx_} from it, a new
 * namespace means new, empty tables):
 * <ul>
 *   <li>{@link dev.postmortem.jira.storage.SoakPolicyEntity} {@code SOAK_POLICY}: per-project soak policy and the
 *       site default (the row without a project).</li>
 *   <li>{@link dev.postmortem.jira.storage.OverrideEntity} {@code SOAK_OVERRIDE}: the override audit log.</li>
 *   <li>{@link dev.postmortem.jira.storage.ProcessEventEntity} {@code PROCESS_EVENT}: debrief held (or cleared),
 *       soak ended, actions committed (with the committed action in {@code ACTION_ID}), override. Append-only; its
 *       ID is the record order the debrief rules use (see {@link dev.postmortem.jira.storage.ProcessEventLog}).</li>
 *   <li>{@link dev.postmortem.jira.storage.NarrativeTextEntity} {@code NARRATIVE_TEXT}: the searchable plain text of
 *       each narrative, for the {@code narrativeMatches} JQL function (a new table: AO creates it, no task).</li>
 * </ul>
 * Names are short and plain so that, with AO's 10-character prefix, table, column and index names stay within
 * the 30-character limit of Oracle and clear of reserved words (hence SOAK_MODE, not MODE; OCCURRED_AT, not AT).
 * Every string column has an explicit {@code @StringLength}; lookups use {@code @Indexed} columns. Instants are
 * epoch milliseconds UTC in BIGINT columns.
 *
 * <h2>Model versions and upgrade tasks</h2>
 * The current model is <b>v1</b>: the entities as they are now, on every installation. There is no upgrade task
 * because there is nothing to upgrade from; an upgrade task that does nothing would only be noise, so the rule
 * is written down here instead.
 *
 * <p>Additive change so far, still v1 and without a task: {@code PROCESS_EVENT.ACTION_ID} (nullable BIGINT, not
 * indexed), the action an ACTIONS_COMMITTED names. On an installation that has the table without it, AO adds the
 * column when it brings the schema to the entities (Atlassian, "Best practices for developing with Active
 * Objects": AO "alters tables to match the current interface"; add columns, never remove them; and Jira Software's
 * {@code AOUpgradeTask001} javadoc: upgrade tasks run <em>before</em> that schema migration, so a task is needed
 * only when data must be written into the new column). Rows written before have it null, and readers treat a
 * commit without an action as one no viewer may see (see {@code process.PostmortemProcesses}); no released version
 * wrote such rows. {@code ProcessEventUpgradeContractTest} adds the column to a v1 table holding a row, on H2 and
 * PostgreSQL, and reads that row back.
 *
 * <p>When the model changes:
 * <ol>
 *   <li>AO migrates additive changes itself (a new nullable column, a new table, a new index). No task needed.</li>
 *   <li>When data must be transformed (a column renamed, split, its format changed), freeze the CURRENT entity:
 *       copy it unchanged into {@code dev.postmortem.jira.storage.upgrade.v1} (same {@code @Table}, same
 *       accessors; never edit a frozen copy afterwards). Then change the live entity, and write
 *       {@code upgrade.v2.V2UpgradeTask implements ActiveObjectsUpgradeTask} whose
 *       {@code getModelVersion()} is {@code ModelVersion.valueOf("2")}. In {@code upgrade(current, ao)} it calls
 *       {@code ao.migrate(...)} with the frozen v1 classes it reads and the new classes it writes (an upgrade
 *       task's AO knows no entity until it migrates them), copies the data, and is idempotent (it may run again
 *       if a later task fails).</li>
 *   <li>List the task in the {@code <ao>} module as {@code <upgradeTask>}; tasks run in model-version order
 *       before the plugin uses the tables.</li>
 *   <li>Never rename a table or column in place, never reuse a removed name, never change an enum constant
 *       stored as text ({@link dev.postmortem.jira.storage.SoakMode}, {@link dev.postmortem.jira.storage.ProcessEventType}).</li>
 * </ol>
 *
 * <h2>Transactions</h2>
 * Each repository method runs in one {@code ActiveObjects.executeInTransaction}. AO has no multi-column unique
 * constraints, so the soak policy store tolerates a duplicate from two nodes racing (see {@code AoSoakPolicyStore}).
 * The process event log's check-then-insert appends ({@code ProcessEventLog.appendDebriefChange},
 * {@code appendSoakEnd}) must not interleave, since the record order decides which debrief a soak end belongs to:
 * {@link dev.postmortem.jira.storage.SerialisedProcessEventLog} runs them one at a time per postmortem under a
 * cluster lock ({@code dev.postmortem.postmortem-jira.process-events-<issue id>}), taken only when a write is needed.
 */
package dev.postmortem.jira.storage;
