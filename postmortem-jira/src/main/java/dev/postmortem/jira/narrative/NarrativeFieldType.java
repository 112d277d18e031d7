package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.customfields.view.CustomFieldParams;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.util.ErrorCollection;
import dev.postmortem.core.narrative.NarrativeText;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.UserMessages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Debrief narrative" custom field type: the core narrative JSON, stored as unlimited text.
 *
 * <p>Why {@link AbstractSingleFieldType} and not the text area type: its two-argument constructor is the long-stable
 * extension point for plugin types, it brings no character limit of its own (Jira's text field limit would cut a
 * long debrief; the core has its own limits and reports them), and the value is not wiki-rendered text.
 *
 * <p>Validation goes through the core. A submission with problems is rejected: the field gets one summary error
 * and each problem becomes its own translated message. Jira then shows the form again with the submitted text
 * (it re-reads the parameters, {@code $value} in the edit template), so nothing typed is lost. A valid submission
 * is stored in the core's canonical JSON, which is also what the JQL text searcher indexes.
 *
 * <p>The type does not write the plain text the {@code narrativeMatches} JQL function searches: that happens after
 * Jira has stored the issue, from its issue event ({@link NarrativeSearchListener}), so nothing of the plugin's own
 * storage runs inside Jira's field save.
 */
public class NarrativeFieldType extends AbstractSingleFieldType<String> {

    /** Module key of the customfield-type in atlassian-plugin.xml. */
    public static final String MODULE_KEY = "narrative-field";
    /** Module key of its customfield-searcher. */
    public static final String SEARCHER_MODULE_KEY = "narrative-searcher";

    static final String INVALID_KEY = "postmortem.jira.narrative.invalid";

    private final NarrativeViews views;
    private final UserMessages messages;

    /**
     * Refuses to be built when Jira does not provide the persister or the config manager (optional host services):
     * the plugin framework then leaves this one module disabled and logs why, instead of a field whose every read
     * waits for a missing service. Setup reports the field as switched off.
     */
    public NarrativeFieldType(CustomFieldValuePersister customFieldValuePersister,
            GenericConfigManager genericConfigManager, NarrativeViews views, UserMessages messages,
            OptionalFeatures features) {
        super(customFieldValuePersister, genericConfigManager);
        if (!features.isOn(OptionalFeatures.Feature.NARRATIVE_FIELD)) {
            throw new IllegalStateException("The Debrief narrative field type is switched off: Jira does not provide "
                    + features.missingServices(OptionalFeatures.Feature.NARRATIVE_FIELD));
        }
        this.views = views;
        this.messages = messages;
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_UNLIMITED_TEXT;
    }

    @Override
    protected Object getDbValueFromObject(String customFieldObject) {
        return customFieldObject;
    }

    /** Stored values are returned as they are, even unreadable ones: the view explains them, nothing is dropped. */
    @Override
    protected String getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return databaseValue == null ? null : databaseValue.toString();
    }

    @Override
    public String getStringFromSingularObject(String singularObject) {
        return singularObject;
    }

    /**
     * From submitted text to the value to store: empty means no value; otherwise the narrative must read and
     * validate, and its canonical JSON is stored. Jira's REST and bulk paths come through here too.
     */
    @Override
    public String getSingularObjectFromString(String string) throws FieldValidationException {
        NarrativeCheck check = NarrativeCheck.of(string);
        if (check.isEmpty()) {
            return null;
        }
        if (!check.isValid()) {
            throw new FieldValidationException(String.join(" ", views.describe(check.problems())));
        }
        return check.canonicalJson();
    }

    @Override
    public void validateFromParams(CustomFieldParams relevantParams, ErrorCollection errorCollectionToAddTo,
            FieldConfig config) {
        Object submitted = relevantParams.getFirstValueForNullKey();
        NarrativeCheck check = NarrativeCheck.of(submitted == null ? null : submitted.toString());
        if (check.isValid()) {
            return;
        }
        List<String> described = views.describe(check.problems());
        errorCollectionToAddTo.addError(config.getFieldId(), messages.text(INVALID_KEY, described.size()));
        described.forEach(errorCollectionToAddTo::addErrorMessage);
    }

    /** Adds {@code narrative} (a {@link NarrativeView} for the view template) to Jira's parameters. */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> params = new HashMap<>(super.getVelocityParameters(issue, field, fieldLayoutItem));
        String stored = issue == null || issue.getId() == null ? null : getValueFromIssue(field, issue);
        params.put("narrative", views.view(stored, issue));
        return params;
    }

    /**
     * The change history shows what was written, not the JSON around it: the narrative's plain text (a value that
     * no longer reads is recorded as it is, so history never loses anything).
     */
    @Override
    public String getChangelogValue(CustomField field, String value) {
        if (value == null) {
            return null;
        }
        NarrativeCheck check = NarrativeCheck.of(value);
        return check.narrative().map(NarrativeText::plainText).orElse(value);
    }

    /** Moving an issue never needs new narrative input: the value does not depend on the project. */
    public boolean isUserInputRequiredForMove(CustomFieldParams relevantParams, FieldConfig config,
            Long targetProjectId, String targetIssueTypeId) {
        return false;
    }
}
