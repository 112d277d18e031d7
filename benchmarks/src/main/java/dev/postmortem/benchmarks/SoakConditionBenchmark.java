package dev.postmortem.benchmarks;

import com.atlassian.cache.CacheSettings;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.RememberedIds;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.EnsureDebriefHeldAtField;
import dev.postmortem.jira.soak.CachedSoakRecords;
import dev.postmortem.jira.soak.DebriefField;
import dev.postmortem.testsupport.InMemoryCacheManager;
import dev.postmortem.jira.soak.SoakCondition;
import dev.postmortem.jira.soak.SoakGate;
import dev.postmortem.jira.storage.InMemoryOverrideLog;
import dev.postmortem.jira.storage.InMemorySetupObjects;
import dev.postmortem.jira.storage.InMemorySoakPolicyStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Jira soak workflow condition for an action with 50 linked postmortems (all debriefed, the clock walks every
 * one), against a no-op condition that reads the same links the same way (link type id, linked issue, debrief
 * value) and decides nothing. The ratio is the condition's own cost on top of what any link-reading condition pays.
 *
 * <p>Host objects are in-memory fakes of the stub interfaces; policy and overrides (the in-memory storage twins, no
 * override recorded) come through {@link CachedSoakRecords} over a map-backed cache (warm after the first call), as
 * in Jira once the cache is filled.
 * The two managers called once per evaluation (link type by id, field by id) are dynamic proxies; the per-link
 * objects are plain classes, so link reading costs the same on both sides.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SoakConditionBenchmark {

    static final int LINKED = 50;
    static final long LINK_TYPE_ID = 10100L;
    static final long PROJECT_ID = 10200L;

    private SoakCondition soakCondition;
    private Map<String, Object> transientVars;
    private Map<String, String> args;
    private IssueLinkManager links;
    private CustomField debriefField;
    private FakeIssue action;

    @Setup
    public void setUp() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        debriefField = new FakeField("customfield_10300", "Debrief held at");
        List<IssueLink> inward = new ArrayList<>();
        for (int i = 0; i < LINKED; i++) {
            Instant debrief = now.minus(Duration.ofHours(49 + i));
            FakeIssue postmortem = new FakeIssue(20000L + i, "PM-" + i, Map.of(debriefField, Timestamp.from(debrief)));
            inward.add(new FakeLink(LINK_TYPE_ID, postmortem));
        }
        action = new FakeIssue(10001L, "ACT-1", Map.of());
        links = new FakeLinkManager(Map.of(action.getId(), List.copyOf(inward)));

        IssueLinkType linkType = new FakeLinkType(LINK_TYPE_ID, "Postmortem action");
        IssueLinkTypeManager linkTypes = proxy(IssueLinkTypeManager.class, (name, a) ->
                "getIssueLinkType".equals(name) && Long.valueOf(LINK_TYPE_ID).equals(a[0]) ? linkType : null);
        CustomFieldManager fields = proxy(CustomFieldManager.class, (name, a) -> switch (name) {
            case "getCustomFieldObjectsByName" -> "Debrief held at".equals(a[0]) ? List.of(debriefField) : List.of();
            case "getCustomFieldObject" -> "customfield_10300".equals(a[0]) ? debriefField : null;
            default -> null;
        });
        I18nResolver i18n = proxy(I18nResolver.class, (name, a) -> "Debrief held at");
        // The in-memory storage twins (postmortem-jira's test jar), which pass the storage contract tests.
        InMemorySoakPolicyStore policies = new InMemorySoakPolicyStore();
        policies.saveForProject(PROJECT_ID, SoakPolicy.ofHours(48));
        CachedSoakRecords records = new CachedSoakRecords(new InMemoryCacheManager(), new CacheSettings() {
        }, policies, new InMemoryOverrideLog());

        // As after setup: the debrief field is remembered by id.
        InMemorySetupObjects remembered = new InMemorySetupObjects();
        remembered.remember(EnsureDebriefHeldAtField.SPEC.role(), "customfield_10300");
        PostmortemLookup lookup = new PostmortemLookup(proxy(IssueTypeManager.class, (name, a) -> List.of()),
                linkTypes, fields, new SetupTexts(i18n), new RememberedIds(remembered, Clock.systemUTC()));
        SoakGate gate = new SoakGate(links, linkTypes, new DebriefField(lookup), records,
                Clock.fixed(now, ZoneOffset.UTC));
        soakCondition = new SoakCondition(gate);
        transientVars = Map.of("issue", action);
        args = Map.of("soakSource", "project", "soakHours", "", "linkTypeId", Long.toString(LINK_TYPE_ID),
                "passWithoutPostmortem", "false");
        if (!soakCondition.passesCondition(transientVars, args, null) || !noOpReadingLinks()) {
            throw new IllegalStateException("benchmark set-up: both conditions must pass");
        }
    }

    @Benchmark
    public boolean soakCondition() {
        return soakCondition.passesCondition(transientVars, args, null);
    }

    /** Reads what the soak condition reads per link, and decides nothing. */
    @Benchmark
    public boolean noOpReadingLinks() {
        Issue issue = (Issue) transientVars.get("issue");
        int seen = 0;
        for (IssueLink link : links.getInwardLinks(issue.getId())) {
            if (link.getLinkTypeId() == LINK_TYPE_ID && link.getSourceObject().getCustomFieldValue(debriefField) != null) {
                seen++;
            }
        }
        return seen >= 0;
    }

    /** Prints the set-up, for RESULTS.md. */
    public static void main(String[] ignored) {
        SoakConditionBenchmark benchmark = new SoakConditionBenchmark();
        benchmark.setUp();
        System.out.println(LINKED + " linked postmortems, soak 48 h, all debriefed 49..98 h ago: condition passes = "
                + benchmark.soakCondition());
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, a) -> answer.answer(method.getName(), a == null ? new Object[0] : a)));
    }

    private static final class FakeIssue implements Issue {
        private final Long id;
        private final String key;
        private final Map<CustomField, Object> values;

        FakeIssue(long id, String key, Map<CustomField, Object> values) {
            this.id = id;
            this.key = key;
            this.values = values;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getSummary() {
            return key;
        }

        @Override
        public Long getProjectId() {
            return PROJECT_ID;
        }

        @Override
        public Object getCustomFieldValue(CustomField customField) {
            return values.get(customField);
        }

        @Override
        public IssueType getIssueType() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Project getProjectObject() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Status getStatus() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Resolution getResolution() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getAssigneeId() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getReporterId() {
            throw new UnsupportedOperationException();
        }
    }

    private record FakeLink(Long getLinkTypeId, Issue getSourceObject) implements IssueLink {
        @Override
        public Long getSourceId() {
            return getSourceObject.getId();
        }

        @Override
        public IssueLinkType getIssueLinkType() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Issue getDestinationObject() {
            throw new UnsupportedOperationException();
        }
    }

    private record FakeLinkManager(Map<Long, List<IssueLink>> inward) implements IssueLinkManager {
        @Override
        public List<IssueLink> getInwardLinks(Long destinationIssueId) {
            return inward.getOrDefault(destinationIssueId, List.of());
        }

        @Override
        public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
            return List.of();
        }
    }

    private record FakeLinkType(Long getId, String getName) implements IssueLinkType {
        @Override
        public String getOutward() {
            return "has action";
        }

        @Override
        public String getInward() {
            return "is action of";
        }
    }

    /** Only getKey is read (once, when the field is first resolved by name). */
    private static final CustomFieldType<?, ?> DATE_TIME = proxy(CustomFieldType.class,
            (name, a) -> "getKey".equals(name) ? EnsureDebriefHeldAtField.DATETIME_TYPE_KEY : null);

    private record FakeField(String getId, String getName) implements CustomField {
        @Override
        public CustomFieldType getCustomFieldType() {
            return DATE_TIME;
        }

        @Override
        public com.atlassian.jira.issue.customfields.CustomFieldSearcher getCustomFieldSearcher() {
            return null;
        }

        @Override
        public List<IssueType> getAssociatedIssueTypes() {
            return List.of();
        }
    }
}
