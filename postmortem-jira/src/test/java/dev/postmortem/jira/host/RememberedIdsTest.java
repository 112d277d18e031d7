package dev.postmortem.jira.host;

import dev.postmortem.jira.storage.InMemorySetupObjects;
import dev.postmortem.jira.storage.SetupObjects;
import dev.postmortem.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedIdsTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    private final InMemorySetupObjects store = new InMemorySetupObjects();
    private final MutableClock clock = new MutableClock(T0);
    private final RememberedIds ids = new RememberedIds(store, clock);
    private final Map<String, String> jira = new java.util.HashMap<>(Map.of("10200", "link type 10200"));

    @Test
    void aRememberedIdIsReadFromStorageOnceAndThenAnsweredFromMemory() {
        store.remember("link-type", "10200");

        for (int i = 0; i < 100; i++) {
            assertThat(ids.lookup("link-type", jira::get)).isEqualTo(new RememberedIds.Found<>("link type 10200"));
        }
        assertThat(store.reads()).isEqualTo(1);
    }

    @Test
    void anIdJiraNoLongerKnowsIsGoneAndStorageIsAskedAgainOnlyAfterTheRecheckInterval() {
        store.remember("link-type", "10200");
        ids.lookup("link-type", jira::get);
        jira.remove("10200");

        for (int i = 0; i < 10; i++) {
            assertThat(ids.lookup("link-type", jira::get)).isEqualTo(new RememberedIds.Gone<>("10200"));
        }
        assertThat(store.reads()).as("no query per issue view").isEqualTo(1);

        // Another node's setup remembered the successor.
        store.remember("link-type", "10300");
        jira.put("10300", "link type 10300");
        clock.advance(RememberedIds.RECHECK.plusSeconds(1));

        assertThat(ids.lookup("link-type", jira::get)).isEqualTo(new RememberedIds.Found<>("link type 10300"));
        assertThat(store.reads()).isEqualTo(2);
    }

    @Test
    void whatThisNodeRemembersIsUsedAtOnce() {
        assertThat(ids.lookup("link-type", jira::get)).isEqualTo(new RememberedIds.NotRemembered<>());

        ids.remember("link-type", "10200");

        assertThat(ids.lookup("link-type", jira::get)).isEqualTo(new RememberedIds.Found<>("link type 10200"));
        assertThat(store.idOf("link-type")).contains("10200");
    }

    @Test
    void unreadableStorageMeansNothingRememberedAndIsAskedAgainLater() {
        SetupObjects broken = new SetupObjects() {
            private int calls;

            @Override
            public Optional<String> idOf(String role) {
                if (calls++ == 0) {
                    throw new IllegalStateException("database down");
                }
                return Optional.of("10200");
            }

            @Override
            public boolean remember(String role, String objectId) {
                return false;
            }
        };
        RememberedIds flaky = new RememberedIds(broken, clock);

        assertThat(flaky.lookup("link-type", jira::get)).isEqualTo(new RememberedIds.NotRemembered<>());
        clock.advance(RememberedIds.RECHECK.plusSeconds(1));
        assertThat(flaky.lookup("link-type", jira::get)).isEqualTo(new RememberedIds.Found<>("link type 10200"));
    }

    @Test
    void aFoundIdIsReadAgainAfterTheRecheckSoAnotherNodesNewIdIsSeen() {
        store.remember("link-type", "10200");
        jira.put("10300", "link type 10300");
        ids.lookup("link-type", jira::get);

        store.remember("link-type", "10300");
        assertThat(ids.lookup("link-type", jira::get)).as("within the interval: the memo")
                .isEqualTo(new RememberedIds.Found<>("link type 10200"));
        clock.advance(RememberedIds.RECHECK.plusSeconds(1));

        assertThat(ids.lookup("link-type", jira::get)).isEqualTo(new RememberedIds.Found<>("link type 10300"));
    }

    @Test
    void setupReadsTheDatabaseNotTheMemoAndAFailedReadFailsInsteadOfCountingAsNothing() {
        ids.lookup("link-type", jira::get);
        store.remember("link-type", "10200");

        assertThat(ids.fresh("link-type", jira::get)).isEqualTo(new RememberedIds.Found<>("link type 10200"));

        RememberedIds broken = new RememberedIds(new SetupObjects() {
            @Override
            public Optional<String> idOf(String role) {
                throw new IllegalStateException("database down");
            }

            @Override
            public boolean remember(String role, String objectId) {
                return false;
            }
        }, clock);
        assertThatThrownBy(() -> broken.fresh("link-type", jira::get)).hasMessage("database down");
    }

    @Test
    void whatSetupRememberedIsNotOverwrittenByAnOlderReadOfTheSameNode() {
        jira.put("10300", "link type 10300");
        InMemorySetupObjects slow = new InMemorySetupObjects() {
            @Override
            public Optional<String> idOf(String role) {
                Optional<String> before = super.idOf(role);
                // While this read is under way, setup on the same node remembers a new id.
                sameNode.remember("link-type", "10300");
                return before;
            }
        };
        sameNode = new RememberedIds(slow, clock);

        sameNode.lookup("link-type", jira::get);

        assertThat(sameNode.lookup("link-type", jira::get)).isEqualTo(new RememberedIds.Found<>("link type 10300"));
    }

    private RememberedIds sameNode;
}
