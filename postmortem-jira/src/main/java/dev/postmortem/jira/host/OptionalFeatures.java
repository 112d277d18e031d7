package dev.postmortem.jira.host;

import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/**
 * Which optional features can run, by whether Jira provides the host services each needs. Those services are imported
 * with {@code availability="optional"} (host-services.xml), so a missing one no longer keeps the whole app from
 * starting; but a call through a reference whose service is missing waits for it and then fails, so code asks here
 * first and leaves the feature off. The services the gate, setup and storage need stay mandatory: without them the app
 * does not start at all, which Jira shows in Manage apps (docs/adr/0014).
 *
 * <p>Asked at the moment of use (an OSGi registry look-up, no I/O). The "not doing" reasons and mail follow a service
 * that appears later at once; the narrative field type and the soak-end job are decided when the app starts. A feature
 * found off is logged once per node.
 */
public class OptionalFeatures {

    /** A feature that may be off, with the host services it needs (interface names) and its message key. */
    public enum Feature {
        /** Jira's own text search ({@code ~}) on the Debrief narrative; {@code narrativeMatches()} does not need it. */
        JIRA_TEXT_SEARCH("postmortem.jira.feature.jiraTextSearch",
                "com.atlassian.jira.web.FieldVisibilityManager",
                "com.atlassian.jira.jql.operand.JqlOperandResolver",
                "com.atlassian.jira.issue.customfields.searchers.transformer.CustomFieldInputHelper"),
        /** The Debrief narrative field type (its values are stored by Jira's custom field persister). */
        NARRATIVE_FIELD("postmortem.jira.feature.narrativeField",
                "com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister",
                "com.atlassian.jira.issue.customfields.manager.GenericConfigManager"),
        /** The reason shown for a "not doing" action, read from its latest comment. */
        NOT_DOING_REASONS("postmortem.jira.feature.notDoingReasons",
                "com.atlassian.jira.bc.issue.comment.CommentService"),
        /** The cluster-wide job that records soak ends when they happen (else the commit post-function does). */
        SOAK_END_JOB("postmortem.jira.feature.soakEndJob",
                "com.atlassian.scheduler.SchedulerService"),
        /** The select of Jira's resolutions for the "not doing" resolution on the project settings page. */
        RESOLUTION_CHOICE("postmortem.jira.feature.resolutionChoice",
                "com.atlassian.jira.config.ResolutionManager"),
        /**
         * Mail through Jira's queue (the soak-end notices): without it notices stay unsent and are sent once it is back,
         * within their lateness window (docs/operations.md).
         */
        MAIL("postmortem.jira.feature.mail",
                "com.atlassian.mail.queue.MailQueue",
                "com.atlassian.mail.server.MailServerManager"),
        /** The user's mail format (HTML or text) for our mail; without it every mail is HTML. */
        MAIL_FORMAT("postmortem.jira.feature.mailFormat",
                "com.atlassian.jira.user.preferences.UserPreferencesManager"),
        /** "Create postmortem" on an incident, with its timeline seeded from the incident. */
        INCIDENT_POSTMORTEM("postmortem.jira.feature.incidentPostmortem",
                "com.atlassian.jira.bc.issue.IssueService",
                "com.atlassian.jira.issue.changehistory.ChangeHistoryManager",
                "com.atlassian.jira.issue.comments.CommentManager"),
        /**
         * Deciding proposed actions after the soak (runs their workflow transitions as the user). Jira's
         * WorkflowManager, which it also calls, is a mandatory reference (the administration page needs it too).
         */
        DECIDE_ACTIONS("postmortem.jira.feature.decideActions",
                "com.atlassian.jira.bc.issue.IssueService");

        private final String messageKey;
        private final List<String> services;

        Feature(String messageKey, String... services) {
            this.messageKey = messageKey;
            this.services = List.of(services);
        }

        public String messageKey() {
            return messageKey;
        }

        public List<String> services() {
            return services;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(OptionalFeatures.class);

    private final BundleContext bundleContext;
    private final OncePerNode reported = new OncePerNode();

    /** @param bundleContext the plugin's own, which Spring DM / Gemini publishes as the bean {@code bundleContext} */
    public OptionalFeatures(BundleContext bundleContext) {
        this.bundleContext = Objects.requireNonNull(bundleContext, "bundleContext");
    }

    /** The services of the feature that Jira does not provide now; empty when the feature can run. */
    public List<String> missingServices(Feature feature) {
        Objects.requireNonNull(feature, "feature");
        return feature.services().stream()
                .filter(service -> bundleContext.getServiceReference(service) == null)
                .toList();
    }

    /** Whether the feature can run; when it cannot, says so in the log once per node. */
    public boolean isOn(Feature feature) {
        List<String> missing = missingServices(feature);
        if (missing.isEmpty()) {
            return true;
        }
        if (reported.first(feature.name())) {
            LOG.warn("Postmortem feature {} is switched off: Jira does not provide the host service(s) {}. The rest of"
                    + " the app works; the soak gate is not affected. (Logged once per node.)", feature, missing);
        }
        return false;
    }
}
