package dev.postmortem.jira.admin;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import dev.postmortem.jira.host.CustomFieldSpec;
import dev.postmortem.jira.host.OptionalFeatures;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RememberedIds;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.narrative.EnsureNarrativeField;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.setup.SetupReport;
import dev.postmortem.jira.setup.StepResult;
import dev.postmortem.jira.storage.SoakPolicyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the page says about setup. On every view a read-only look at Jira now (by the ids setup remembered, as setup
 * itself looks); after "Run setup again" that run's own report. Reading live rather than showing a stored report
 * keeps the page true on every node and after an administrator's change: docs/adr/0021-admin-page-reads-setup-live.md.
 */
public class SetupOverview {

    static final String STEP_LABEL_PREFIX = "postmortem.jira.admin.setup.object.";
    private static final Logger LOG = LoggerFactory.getLogger(SetupOverview.class);

    private final PostmortemLookup lookup;
    private final SetupTexts setupTexts;
    private final SoakPolicyStore store;
    private final OptionalFeatures features;
    private final AdminTexts texts;

    public SetupOverview(PostmortemLookup lookup, SetupTexts setupTexts, SoakPolicyStore store,
            OptionalFeatures features, AdminTexts texts) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.setupTexts = Objects.requireNonNull(setupTexts, "setupTexts");
        this.store = Objects.requireNonNull(store, "store");
        this.features = Objects.requireNonNull(features, "features");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** The objects setup manages, as Jira has them now. Writes nothing. */
    public List<SetupRow> now() {
        List<SetupRow> rows = new ArrayList<>();
        rows.add(row(PostmortemLookup.ISSUE_TYPE_ROLE, lookup::rememberedIssueType, lookup::issueTypeByName,
                PostmortemLookup.ISSUE_TYPE_NAME_KEY, IssueType::getName, IssueType::getId));
        rows.add(row(PostmortemLookup.LINK_TYPE_ROLE, lookup::rememberedLinkType, lookup::linkTypeByName,
                PostmortemLookup.LINK_TYPE_NAME_KEY, IssueLinkType::getName, type -> String.valueOf(type.getId())));
        rows.add(field(EnsureDebriefHeldAtField.SPEC));
        rows.add(field(EnsureNarrativeField.SPEC));
        boolean policy = store.siteDefault().isPresent();
        rows.add(new SetupRow(label("default-soak-policy"), stateText(policy ? ObjectState.IN_PLACE : ObjectState.MISSING),
                (policy ? ObjectState.IN_PLACE : ObjectState.MISSING).lozenge(),
                texts.text(policy ? "postmortem.jira.admin.setup.policy.present"
                        : "postmortem.jira.admin.setup.policy.missing")));
        return rows;
    }

    /** The features switched off because Jira does not provide a host service, each with the services missing. */
    public List<String> featuresOff() {
        List<String> off = new ArrayList<>();
        for (OptionalFeatures.Feature feature : OptionalFeatures.Feature.values()) {
            List<String> missing = features.missingServices(feature);
            if (!missing.isEmpty()) {
                off.add(texts.text("postmortem.jira.setup.features.offItem", texts.text(feature.messageKey()),
                        String.join(", ", missing)));
            }
        }
        return off;
    }

    /** One row per step of the run, in run order, with the step's own message. */
    public List<SetupRow> of(SetupReport report) {
        List<SetupRow> rows = new ArrayList<>();
        for (Map.Entry<String, StepResult> entry : report.results().entrySet()) {
            StepResult result = entry.getValue();
            ObjectState state = ObjectState.of(result.outcome());
            rows.add(new SetupRow(label(entry.getKey()), stateText(state), state.lozenge(),
                    texts.text(result.messageKey(), result.args().toArray())));
        }
        return rows;
    }

    private SetupRow field(CustomFieldSpec spec) {
        return row(spec.role(), () -> lookup.rememberedField(spec), () -> lookup.fieldByName(spec), spec.nameKey(),
                CustomField::getName, CustomField::getId);
    }

    private <T> SetupRow row(String role, Supplier<RememberedIds.Lookup<T>> rememberedNow,
            Supplier<Optional<T>> byName, String nameKey, Function<T, String> name, Function<T, String> id) {
        RememberedIds.Lookup<T> remembered;
        try {
            remembered = rememberedNow.get();
        } catch (RuntimeException e) {
            // SETUP_OBJECT could not be read: say so on this row; the rest of the page still works.
            LOG.warn("Postmortem administration: could not read which Jira object setup remembered for '{}'", role, e);
            return new SetupRow(label(role), stateText(ObjectState.FAILED), ObjectState.FAILED.lozenge(),
                    texts.text("postmortem.jira.admin.setup.unreadable"));
        }
        ObjectState state;
        String details;
        if (remembered instanceof RememberedIds.Found<T> found) {
            T object = found.object();
            boolean renamed = !isShippedName(nameKey, name.apply(object));
            state = renamed ? ObjectState.RENAMED : ObjectState.IN_PLACE;
            details = texts.text(renamed ? "postmortem.jira.admin.setup.renamed" : "postmortem.jira.admin.setup.present",
                    name.apply(object), id.apply(object), setupTexts.text(nameKey));
        } else if (remembered instanceof RememberedIds.Gone<T> gone) {
            state = ObjectState.DELETED;
            details = texts.text("postmortem.jira.admin.setup.deleted", gone.id());
        } else {
            Optional<T> named = byName.get();
            state = named.isPresent() ? ObjectState.IN_PLACE : ObjectState.MISSING;
            details = named.isPresent()
                    ? texts.text("postmortem.jira.admin.setup.foundByName", name.apply(named.get()), id.apply(named.get()))
                    : texts.text("postmortem.jira.admin.setup.missing", setupTexts.text(nameKey));
        }
        return new SetupRow(label(role), stateText(state), state.lozenge(), details);
    }

    private boolean isShippedName(String nameKey, String name) {
        Set<String> names = setupTexts.namesFor(nameKey);
        return name != null && names.stream().anyMatch(name.strip()::equalsIgnoreCase);
    }

    private String stateText(ObjectState state) {
        return texts.text(state.messageKey());
    }

    private String label(String stepId) {
        String key = STEP_LABEL_PREFIX + stepId;
        String label = texts.text(key);
        return label == null || label.equals(key) ? stepId : label;
    }
}
