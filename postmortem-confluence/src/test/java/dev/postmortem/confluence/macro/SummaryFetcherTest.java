package dev.postmortem.confluence.macro;

import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.net.Response;
import dev.postmortem.core.summary.SummaryFixtures;
import dev.postmortem.core.summary.SummaryJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The short per-viewer cache and the last good copy, through the macro, counting requests at the applinks edge. */
class SummaryFetcherTest {

    private MacroRig rig;

    @BeforeEach
    void setUp() throws Exception {
        rig = new MacroRig();
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));
    }

    @Test
    void asksJiraOncePerViewerLinkAndIssueWithinTheTtl() {
        for (int i = 0; i < 10; i++) {
            assertThat(rig.render("INC-42")).contains("pm-summary__");
            rig.clock.advance(Duration.ofSeconds(5));
        }
        assertThat(rig.requestsToJira()).isEqualTo(1);
        assertThat(SummaryCaches.FRESH_TTL).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void asksAgainOnceTheTtlHasPassed() {
        rig.render("INC-42");
        rig.clock.advance(SummaryCaches.FRESH_TTL);
        rig.render("INC-42");
        assertThat(rig.requestsToJira()).isEqualTo(1);

        rig.clock.advance(Duration.ofSeconds(1));
        rig.render("INC-42");
        assertThat(rig.requestsToJira()).isEqualTo(2);
    }

    @Test
    void asksSeparatelyForEachIssueAndEachLink() {
        rig.render("INC-42");
        rig.render("INC-43");
        rig.render("INC-42");
        assertThat(rig.requestsToJira()).isEqualTo(2);
    }

    @Test
    void keepsEachViewersAnswerToThemselves() throws Exception {
        rig.viewer("alice");
        assertThat(rig.render("INC-42")).contains("pm-summary__");

        rig.viewer("bob").jiraAnswers(403, "");
        assertThat(rig.render("INC-42")).contains("no postmortem INC-42 that you can see").doesNotContain("pm-summary__");

        rig.viewer(null).jiraAnswers(404, "");
        assertThat(rig.render("INC-42")).contains("no postmortem INC-42 that you can see");

        rig.viewer("alice");
        assertThat(rig.render("INC-42")).contains("pm-summary__");
        assertThat(rig.requestsToJira()).isEqualTo(3);
    }

    @Test
    void neverShowsOneViewersLastGoodCopyToAnother() throws Exception {
        rig.viewer("alice").render("INC-42");
        rig.clock.advance(Duration.ofMinutes(2));
        rig.jiraTimesOut();

        assertThat(rig.viewer("bob").render("INC-42")).contains("Jira is not answering").doesNotContain("pm-summary__");
        assertThat(rig.viewer("alice").render("INC-42")).contains("this is an earlier copy").contains("pm-summary__");
    }

    @Test
    void dropsTheLastGoodCopyWhenJiraNoLongerShowsItToTheViewer() throws Exception {
        rig.render("INC-42");
        rig.clock.advance(Duration.ofMinutes(2));
        rig.jiraAnswers(403, "");
        rig.render("INC-42");
        rig.clock.advance(Duration.ofMinutes(2));
        rig.jiraTimesOut();

        assertThat(rig.render("INC-42")).contains("Jira is not answering").doesNotContain("pm-summary__");
    }

    @Test
    void dropsTheLastGoodCopyWhenTheViewerMustAuthoriseAgainAndDoesNotCacheThatAnswer() throws Exception {
        rig.render("INC-42");
        rig.clock.advance(Duration.ofMinutes(2));
        rig.jiraAsksForCredentials();
        assertThat(rig.render("INC-42")).contains("Authorise access to Jira");

        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));
        assertThat(rig.render("INC-42")).contains("pm-summary__");
        assertThat(rig.requestsToJira()).isEqualTo(3);

        rig.clock.advance(Duration.ofMinutes(2));
        rig.jiraAsksForCredentials();
        rig.render("INC-42");
        rig.clock.advance(Duration.ofMinutes(2));
        rig.jiraTimesOut();
        assertThat(rig.render("INC-42")).contains("Jira is not answering").doesNotContain("pm-summary__");
    }

    @Test
    void doesNotKeepAnUnreadableAnswerAsTheLastGoodCopy() throws Exception {
        rig.render("INC-42");
        rig.clock.advance(Duration.ofMinutes(2));
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.MALFORMED));
        assertThat(rig.render("INC-42")).contains("cannot be read");
        rig.clock.advance(Duration.ofMinutes(2));
        rig.jiraTimesOut();

        assertThat(rig.render("INC-42")).contains("this is an earlier copy").contains("(4 minutes ago)");
    }

    @Test
    void cachesAnUnreadableAnswerForTheTtlAndWarnsOnceWhenItArrives() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.NEWER));

        List<String> warnings = CapturedLog.warnings(SummaryFetcher.class, () -> {
            for (int i = 0; i < 5; i++) {
                assertThat(rig.render("INC-42")).contains("newer");
                rig.clock.advance(Duration.ofSeconds(10));
            }
        });
        assertThat(rig.requestsToJira()).isEqualTo(1);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("Jira Ops").contains("INC-42").contains("newerVersion");

        rig.clock.advance(SummaryCaches.FRESH_TTL);
        List<String> afterTtl = CapturedLog.warnings(SummaryFetcher.class, () -> {
            rig.render("INC-42");
            rig.render("INC-42");
        });
        assertThat(rig.requestsToJira()).isEqualTo(2);
        assertThat(afterTtl).hasSize(1);
    }

    @Test
    void warnsOnceForEachKeyWithAnUnreadableAnswer() throws Exception {
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.MALFORMED));

        List<String> warnings = CapturedLog.warnings(SummaryFetcher.class, () -> {
            rig.viewer("alice").render("INC-42");
            rig.viewer("alice").render("INC-42");
            rig.viewer("bob").render("INC-42");
            rig.viewer("bob").render("INC-42");
        });
        assertThat(warnings).hasSize(2);
    }

    @Test
    void warnsOnceForAnOverLimitAnswerToo() throws Exception {
        String json = SummaryFixtures.json(SummaryFixtures.FULL);
        rig.jiraAnswers(200, json + " ".repeat(SummaryJson.MAX_INPUT_JSON_CHARS + 1 - json.length()));

        List<String> warnings = CapturedLog.warnings(JiraSummaryClient.class, () -> {
            rig.render("INC-42");
            rig.render("INC-42");
            rig.render("INC-42");
        });
        List<String> fetcherWarnings = CapturedLog.warnings(SummaryFetcher.class, () -> rig.render("INC-42"));
        assertThat(warnings).hasSize(1);
        assertThat(fetcherWarnings).isEmpty();
        assertThat(rig.requestsToJira()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OK\n9223372036854775807\n", "OK\n253402300800000\n", "OK\nyesterday\n", "OK\n",
            "NOT_FOUND\n1795593600000\n", "OK\n1795593600000\n{\"version\":1"})
    void treatsACorruptStoredLastGoodCopyAsAbsentAndLogsItOnce(String stored) throws Exception {
        String key = SummaryCaches.key("alice", MacroRig.LINK_ID, "INC-42");
        String body = stored.endsWith("\n") ? SummaryFixtures.json(SummaryFixtures.FULL) : "";
        rig.lastGood.put(key, stored + body);
        rig.jiraTimesOut();

        List<String> warnings = CapturedLog.warnings(SummaryFetcher.class, () -> {
            for (int i = 0; i < 3; i++) {
                assertThat(rig.render("INC-42")).contains("Jira is not answering")
                        .doesNotContain("earlier copy").doesNotContain("pm-summary__");
            }
        });
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("INC-42").contains("treated as absent");
        assertThat(rig.lastGood.get(key)).isNull();
    }

    @Test
    void usesALastGoodCopyDatedSlightlyAheadAsAnotherNodesClockMayBe() throws Exception {
        String key = SummaryCaches.key("alice", MacroRig.LINK_ID, "INC-42");
        rig.lastGood.put(key, new CachedCopy(CachedCopy.Kind.OK, MacroRig.START.plus(Duration.ofMinutes(2)),
                SummaryFixtures.json(SummaryFixtures.FULL)).encode());
        rig.jiraTimesOut();

        assertThat(rig.render("INC-42")).contains("this is an earlier copy").contains("pm-summary__");
        assertThat(SummaryFetcher.CLOCK_SKEW_TOLERANCE).isGreaterThan(Duration.ofMinutes(2));
    }

    @Test
    void forgetsTheLastGoodCopyAfterItsTtl() throws Exception {
        rig.render("INC-42");
        rig.jiraTimesOut();
        rig.clock.advance(SummaryCaches.LAST_GOOD_TTL.plusMinutes(1));

        assertThat(rig.render("INC-42")).contains("Jira is not answering").doesNotContain("pm-summary__");
    }

    @Test
    void remembersAnOutageForTheTtlSoTheNextViewsDoNotWaitAgain() throws Exception {
        rig.jiraTimesOut();
        rig.render("INC-42");
        rig.render("INC-42");
        assertThat(rig.requestsToJira()).isEqualTo(1);
    }

    @Test
    void waitsForOneTimeoutPerLinkNotOnePerMacroOnThePage() throws Exception {
        rig.jiraTimesOut();
        assertThat(rig.render("INC-1")).contains("Jira is not answering");
        assertThat(rig.render("INC-2")).contains("Jira is not answering");
        assertThat(rig.viewer("bob").render("INC-3")).contains("Jira is not answering");
        assertThat(rig.requestsToJira()).isEqualTo(1);

        rig.clock.advance(SummaryCaches.FRESH_TTL.plusSeconds(1));
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));
        assertThat(rig.render("INC-2")).contains("pm-summary__");
        assertThat(rig.requestsToJira()).isEqualTo(2);
    }

    @Test
    void aServerErrorForOneIssueDoesNotMarkTheWholeLinkDown() throws Exception {
        rig.jiraAnswers(500, "");
        rig.render("INC-1");
        rig.jiraAnswers(200, SummaryFixtures.json(SummaryFixtures.FULL));

        assertThat(rig.render("INC-2")).contains("pm-summary__");
        assertThat(rig.requestsToJira()).isEqualTo(2);
    }

    @Test
    void concurrentRendersOfTheSameKeyShareOneRequest() throws Exception {
        CountDownLatch requestStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(200);
        when(response.getResponseBodyAsStream()).thenReturn(
                new ByteArrayInputStream(SummaryFixtures.json(SummaryFixtures.FULL).getBytes(StandardCharsets.UTF_8)));
        doAnswer(invocation -> {
            requestStarted.countDown();
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            ApplicationLinkResponseHandler<?> handler = invocation.getArgument(0);
            return handler.handle(response);
        }).when(rig.request).execute(any());
        PostmortemSummaryMacro macro = rig.macro();
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn("display");
        Callable<String> render = () -> macro.execute(new HashMap<>(Map.of("issueKey", "INC-42")), null, context);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<String> first = pool.submit(render);
            assertThat(requestStarted.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(render);
            Future<String> third = pool.submit(render);
            Thread.sleep(300); // both reach the request in flight before it completes
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).contains("pm-summary__");
            assertThat(second.get(10, TimeUnit.SECONDS)).contains("pm-summary__");
            assertThat(third.get(10, TimeUnit.SECONDS)).contains("pm-summary__");
        } finally {
            pool.shutdownNow();
        }
        assertThat(rig.requestsToJira()).isEqualTo(1);
    }
}
