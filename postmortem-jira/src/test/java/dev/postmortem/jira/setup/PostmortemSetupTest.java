package dev.postmortem.jira.setup;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import dev.postmortem.core.soak.SoakPolicy;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.PostmortemLookup;
import dev.postmortem.jira.host.SetupTexts;
import dev.postmortem.jira.setup.StepResult.Outcome;
import dev.postmortem.testsupport.InMemoryClusterLocks;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PostmortemSetupTest {

    private static final Duration WAIT = Duration.ofSeconds(2);

    private final FakeJira jira = new FakeJira();

    @Test
    void firstStartCreatesTheIssueTypeLinkTypeFieldAndDefaultPolicy() {
        SetupReport report = jira.setup(WAIT).run();

        assertThat(outcomes(report)).containsExactly(
                Map.entry("issue-type", Outcome.CREATED),
                Map.entry("link-type", Outcome.CREATED),
                Map.entry("debrief-held-at-field", Outcome.CREATED),
                Map.entry("default-soak-policy", Outcome.CREATED));
        IssueType postmortem = jira.issueTypes.named("Postmortem").orElseThrow();
        assertThat(postmortem.isSubTask()).isFalse();
        // The icon is borrowed from the standard type with the lowest id (Bug), never from a sub-task type.
        assertThat(postmortem.getAvatar().getId()).isEqualTo(10303L);

        assertThat(jira.linkTypes.all).singleElement().satisfies(link -> {
            assertThat(link.getName()).isEqualTo("Postmortem action");
            assertThat(link.getOutward()).isEqualTo("has action");
            assertThat(link.getInward()).isEqualTo("is action of");
        });

        assertThat(jira.fields.all).singleElement().satisfies(field -> {
            assertThat(field.name()).isEqualTo("Debrief held at");
            assertThat(field.typeKey()).isEqualTo("com.atlassian.jira.plugin.system.customfieldtypes:datetime");
            assertThat(field.searcher()).isSameAs(
                    jira.fields.searchers.get("com.atlassian.jira.plugin.system.customfieldtypes:datetimerange"));
            assertThat(field.contexts()).containsExactly(jira.globalContext);
            assertThat(field.issueTypes()).containsExactly(postmortem);
            assertThat(field.description()).startsWith("When the debrief meeting took place.");
        });

        assertThat(jira.policies.siteDefault()).contains(SoakPolicy.DEFAULT);
        assertThat(report.changedSomething()).isTrue();
        assertThat(report.failedSteps()).isEmpty();
    }

    @Test
    void secondStartChangesNothing() {
        PostmortemSetup setup = jira.setup(WAIT);
        setup.run();
        List<IssueType> typesAfterFirst = List.copyOf(jira.issueTypes.all);
        List<IssueLinkType> linksAfterFirst = List.copyOf(jira.linkTypes.all);
        List<FakeJira.FieldRow> fieldsAfterFirst = List.copyOf(jira.fields.all);

        SetupReport second = setup.run();

        assertThat(second.results().values()).extracting(StepResult::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(second.changedSomething()).isFalse();
        assertThat(jira.issueTypes.all).isEqualTo(typesAfterFirst);
        assertThat(jira.linkTypes.all).isEqualTo(linksAfterFirst);
        assertThat(jira.fields.all).isEqualTo(fieldsAfterFirst);
        assertThat(jira.policies.saves()).isEqualTo(1);
    }

    @Test
    void renamingWhatSetupCreatedChangesNothing() {
        PostmortemSetup setup = jira.setup(WAIT);
        setup.run();
        IssueType type = jira.issueTypes.named("Postmortem").orElseThrow();
        org.mockito.Mockito.when(type.getName()).thenReturn("Incident review");
        IssueLinkType link = jira.linkTypes.all.get(0);
        jira.linkTypes.rename(link, "Follow-up");
        org.mockito.Mockito.when(jira.fields.all.get(0).field().getName()).thenReturn("Retro held on");

        SetupReport second = setup.run();

        assertThat(second.results().values()).extracting(StepResult::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(jira.issueTypes.all).hasSize(typesBeforeSetup() + 1);
        assertThat(jira.linkTypes.all).containsExactly(link);
        assertThat(jira.fields.all).hasSize(1);
        PostmortemLookup lookup = jira.lookup(new SetupTexts(jira.i18n));
        assertThat(lookup.issueType()).contains(type);
        assertThat(lookup.actionLinkType()).contains(link);
        assertThat(lookup.field(EnsureDebriefHeldAtField.SPEC)).contains(jira.fields.all.get(0).field());
    }

    @Test
    void aDeletedLinkTypeIsGoneForTheFeaturesAndReplacedByTheNextRun() {
        PostmortemSetup setup = jira.setup(WAIT);
        setup.run();
        IssueLinkType deleted = jira.linkTypes.all.get(0);
        jira.linkTypes.delete(deleted);
        // An admin's own link type of the same name is not taken over behind setup's back.
        jira.linkTypes.add("Postmortem action", "leads to", "follows");
        PostmortemLookup lookup = jira.lookup(new SetupTexts(jira.i18n));
        assertThat(lookup.actionLinkType()).isEmpty();

        SetupReport next = setup.run();

        IssueLinkType adopted = jira.linkTypes.all.get(0);
        assertThat(next.result("link-type")).get().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(Outcome.REPAIRED);
            assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.linkType.replaced");
            assertThat(result.args()).containsExactly(String.valueOf(deleted.getId()), "Postmortem action",
                    String.valueOf(adopted.getId()));
        });
        assertThat(lookup.actionLinkType()).contains(adopted);
    }

    @Test
    void whenWhatSetupRememberedCannotBeReadTheStepsFailAndCreateNothing() {
        PostmortemSetup setup = jira.setup(WAIT);
        setup.run();
        int types = jira.issueTypes.all.size();
        jira.remembered.failReads = new IllegalStateException("AO not ready");

        SetupReport next = setup.run();

        assertThat(next.failedSteps()).contains("issue-type", "link-type", "debrief-held-at-field");
        assertThat(jira.issueTypes.all).hasSize(types);
        assertThat(jira.linkTypes.all).hasSize(1);
        assertThat(jira.fields.all).hasSize(1);
    }

    @Test
    void aSecondNodesSetupAdoptsWhatTheFirstRememberedEvenAfterARename() {
        jira.setup(WAIT).run();
        IssueType type = jira.issueTypes.named("Postmortem").orElseThrow();
        org.mockito.Mockito.when(type.getName()).thenReturn("Incident review");
        org.mockito.Mockito.when(jira.fields.all.get(0).field().getName()).thenReturn("Retro held on");

        SetupReport onNodeB = jira.setupOnAnotherNode(WAIT).run();

        assertThat(onNodeB.results().values()).extracting(StepResult::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(jira.issueTypes.all).filteredOn(t -> t.getName().contains("Postmortem")).isEmpty();
        assertThat(jira.fields.all).hasSize(1);
    }

    private int typesBeforeSetup() {
        return new FakeJira().issueTypes.all.size();
    }

    @Test
    void partialStateIsCompleted() {
        // A first run that stopped after the issue type and the link type (e.g. the node went down).
        IssueType existing = jira.issueTypes.add("10400", "Postmortem", false, 10318L);
        jira.linkTypes.add("Postmortem action", "has action", "is action of");

        SetupReport report = jira.setup(WAIT).run();

        assertThat(outcomes(report)).containsExactly(
                Map.entry("issue-type", Outcome.UNCHANGED),
                Map.entry("link-type", Outcome.UNCHANGED),
                Map.entry("debrief-held-at-field", Outcome.CREATED),
                Map.entry("default-soak-policy", Outcome.CREATED));
        assertThat(jira.issueTypes.all).filteredOn(t -> t.getName().equalsIgnoreCase("Postmortem")).hasSize(1);
        assertThat(jira.linkTypes.all).hasSize(1);
        assertThat(jira.fields.all).singleElement()
                .satisfies(field -> assertThat(field.issueTypes()).containsExactly(existing));
    }

    @Test
    void anExistingTypeOfTheSameNameIsReusedNotDuplicated() {
        // Many sites already have a "postmortem" type from a template, spelt their way, with their own wording.
        IssueType template = jira.issueTypes.add("10500", "postmortem", false, 10999L);
        jira.linkTypes.add("Postmortem Action", "ignored", "ignored");
        jira.linkTypes.add("Postmortem action", "has follow-up", "is follow-up of");

        SetupReport report = jira.setup(WAIT).run();

        assertThat(report.result("issue-type")).get().extracting(StepResult::outcome).isEqualTo(Outcome.UNCHANGED);
        assertThat(report.result("link-type")).get().extracting(StepResult::outcome).isEqualTo(Outcome.UNCHANGED);
        assertThat(jira.issueTypes.all).hasSize(4);
        assertThat(template.getAvatar().getId()).isEqualTo(10999L);
        assertThat(jira.linkTypes.all).hasSize(2)
                .filteredOn(link -> link.getName().equals("Postmortem action"))
                .singleElement().extracting(IssueLinkType::getOutward).isEqualTo("has follow-up");
        assertThat(jira.fields.all).singleElement()
                .satisfies(field -> assertThat(field.issueTypes()).containsExactly(template));
    }

    @Test
    void objectsNamedInAnotherShippedLanguageAreFound() {
        // Created earlier while Jira's default language was German; now it is English.
        jira.linkTypes.add("Postmortem-Maßnahme", "hat Maßnahme", "ist Maßnahme von");
        IssueType type = jira.issueTypes.add("10600", "Postmortem", false, 10318L);
        jira.fields.add("Nachbesprechung am", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY, List.of(type));

        SetupReport report = jira.setup(WAIT).run();

        assertThat(report.results().values()).extracting(StepResult::outcome)
                .containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.CREATED);
        assertThat(jira.linkTypes.all).hasSize(1);
        assertThat(jira.fields.all).hasSize(1);
    }

    @Test
    void namesAreCreatedInJirasDefaultLanguage() {
        jira.i18n = JiraTexts.in(Locale.GERMAN);

        jira.setup(WAIT).run();

        assertThat(jira.linkTypes.all).singleElement().satisfies(link -> {
            assertThat(link.getName()).isEqualTo("Postmortem-Maßnahme");
            assertThat(link.getOutward()).isEqualTo("hat Maßnahme");
        });
        assertThat(jira.fields.all).singleElement().extracting(FakeJira.FieldRow::name)
                .isEqualTo("Nachbesprechung am");
    }

    @Test
    void aFailingStepIsReportedAndTheOthersStillRun() {
        jira.fields.failOnCreate = new IllegalStateException("database is read-only");

        SetupReport report = jira.setup(WAIT).run();

        assertThat(report.failedSteps()).containsExactly("debrief-held-at-field");
        assertThat(report.result("debrief-held-at-field")).get().satisfies(result -> {
            assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.stepFailed");
            assertThat(result.args()).containsExactly("debrief-held-at-field", "database is read-only");
        });
        assertThat(jira.issueTypes.named("Postmortem")).isPresent();
        assertThat(jira.linkTypes.all).hasSize(1);
        assertThat(jira.policies.siteDefault()).contains(SoakPolicy.DEFAULT);
        assertThat(jira.fields.all).isEmpty();

        // The next start repairs what failed and leaves the rest alone.
        jira.fields.failOnCreate = null;
        SetupReport next = jira.setup(WAIT).run();
        assertThat(outcomes(next)).containsExactly(
                Map.entry("issue-type", Outcome.UNCHANGED),
                Map.entry("link-type", Outcome.UNCHANGED),
                Map.entry("debrief-held-at-field", Outcome.CREATED),
                Map.entry("default-soak-policy", Outcome.UNCHANGED));
    }

    @Test
    void whenAnotherNodeHoldsTheLockThisNodeDoesNothing() throws Exception {
        InMemoryClusterLocks.CountingLock lock = jira.locks.lock(PostmortemSetup.LOCK_NAME);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherNode = new Thread(() -> {
            lock.lock();
            try {
                held.countDown();
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        otherNode.start();
        try {
            assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();

            SetupReport report = jira.setup(Duration.ofMillis(100)).run();

            assertThat(report.skipped()).isTrue();
            assertThat(report.results()).isEmpty();
            assertThat(jira.issueTypes.named("Postmortem")).isEmpty();
            assertThat(jira.linkTypes.all).isEmpty();
            assertThat(jira.fields.all).isEmpty();
            assertThat(jira.policies.siteDefault()).isEmpty();
        } finally {
            release.countDown();
            otherNode.join();
        }
    }

    @Test
    void theLockIsReleasedAfterARunEvenWhenAStepThrows() {
        jira.fields.failOnCreate = new IllegalStateException("boom");

        jira.setup(WAIT).run();

        InMemoryClusterLocks.CountingLock lock = jira.locks.lock(PostmortemSetup.LOCK_NAME);
        assertThat(lock.isLocked()).isFalse();
    }

    @Test
    void aSubTaskTypeOfTheSameNameIsReportedAndNothingIsCreatedForIt() {
        jira.issueTypes.add("10700", "Postmortem", true, 10316L);

        SetupReport report = jira.setup(WAIT).run();

        assertThat(report.result("issue-type")).get().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(Outcome.ATTENTION);
            assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.issueType.isSubTask");
        });
        assertThat(jira.issueTypes.all).filteredOn(t -> t.getName().equals("Postmortem")).hasSize(1);
        // The field waits for a usable issue type rather than being bound to all issue types.
        assertThat(report.result("debrief-held-at-field")).get().extracting(StepResult::outcome)
                .isEqualTo(Outcome.FAILED);
        assertThat(jira.fields.all).isEmpty();
    }

    @Test
    void aFieldOfTheSameNameButAnotherTypeIsNeitherTakenOverNorDuplicated() {
        jira.fields.add("Debrief held at", "com.atlassian.jira.plugin.system.customfieldtypes:textfield", List.of());

        SetupReport report = jira.setup(WAIT).run();

        assertThat(report.result("debrief-held-at-field")).get().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(Outcome.ATTENTION);
            assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.field.otherType");
        });
        assertThat(jira.fields.all).hasSize(1);
    }

    @Test
    void anExistingFieldWithoutAContextForPostmortemsIsReported() {
        IssueType bug = jira.issueTypes.named("Bug").orElseThrow();
        jira.fields.add("Debrief held at", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY, List.of(bug));

        SetupReport report = jira.setup(WAIT).run();

        assertThat(report.result("debrief-held-at-field")).get().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(Outcome.ATTENTION);
            assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.field.noContext");
            assertThat(result.args()).contains("Postmortem");
        });
        assertThat(jira.fields.all).hasSize(1);
    }

    @Test
    void anExistingFieldForAllIssueTypesCountsAsCoveringPostmortems() {
        jira.fields.add("Debrief held at", EnsureDebriefHeldAtField.DATETIME_TYPE_KEY,
                Arrays.asList((IssueType) null));

        SetupReport report = jira.setup(WAIT).run();

        assertThat(report.result("debrief-held-at-field")).get().extracting(StepResult::outcome)
                .isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void aMissingFieldTypeIsAFailureThatCreatesNothing() {
        // A Jira where the date-time field type is not available (its system plugin disabled).
        FakeJira.Fields fields = new FakeJira.Fields();
        fields.registerSearcher(EnsureDebriefHeldAtField.DATETIME_SEARCHER_KEY);
        SetupTexts texts = new SetupTexts(jira.i18n);
        jira.issueTypes.add("10800", "Postmortem", false, 10318L);

        StepResult result = new EnsureDebriefHeldAtField(fields.manager(), jira.lookup(texts), texts,
                jira.globalContext).ensure();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.messageKey()).isEqualTo("postmortem.jira.setup.field.typeMissing");
        assertThat(fields.all).isEmpty();
    }

    private static Map<String, Outcome> outcomes(SetupReport report) {
        return report.results().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().outcome(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
