package dev.postmortem.benchmarks;

import dev.postmortem.core.language.BlameRule;
import dev.postmortem.core.language.BlamelessLanguageCheck;
import dev.postmortem.core.language.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The blameless-language check on a ~100 KB narrative, against the cheapest thing that could look for the
 * same phrases: lower-case the text once, then {@code indexOf} each phrase through it. The baselines know
 * nothing of word boundaries, apostrophe variants or system nouns; they are the floor, not a competitor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LanguageCheckBenchmark {

    static final int TARGET_CHARS = 100 * 1024;

    private static final String[] SENTENCES = {
        "At 02:14 the checkout latency alert fired and Priya acknowledged the page from her phone.",
        "She saw the error rate climb on the dashboard but the database graphs looked normal to her.",
        "The runbook said to restart the payment workers, which had fixed the same symptom twice before.",
        "Restarting made things worse because the connection pool refilled all at once.",
        "Tom joined the call at 02:31 and suggested looking at the load balancer health checks.",
        "We should have rolled back the config change from the afternoon deploy.",
        "In hindsight the alert should have fired on the queue depth, not only on latency.",
        "It was human error, someone said in the channel, and nobody answered.",
        "Obviously the cache TTL of zero was the trigger, but nothing in the diff showed it.",
        "Marco could\u2019ve paged the DBA earlier; he did not know the DBA rota had changed.",
        "The deploy pipeline failed to run the canary stage because it was marked optional.",
        "Will and Hope reviewed the change; the test suite was green and the reviewers had context.",
        "Customers saw failed payments for 47 minutes; retries recovered most orders.",
        "We learned that the pool size and the restart procedure interact badly under load.",
    };

    private String narrative;
    private BlamelessLanguageCheck check;
    private String[] phrases;
    private String mostCommonPhrase;

    @Setup
    public void setUp() {
        check = BlamelessLanguageCheck.defaults();
        phrases = check.rules().rules().stream()
                .flatMap(rule -> rule.phrases().stream())
                .map(phrase -> phrase.toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        mostCommonPhrase = "should have";
        narrative = narrative(new Random(20261125));
    }

    static String narrative(Random random) {
        StringBuilder text = new StringBuilder(TARGET_CHARS + 200);
        while (text.length() < TARGET_CHARS) {
            text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
            text.append(random.nextInt(6) == 0 ? "\n\n" : " ");
        }
        return text.toString();
    }

    @Benchmark
    public List<Finding> blamelessLanguageCheck() {
        return check.check(narrative);
    }

    /** Every rule phrase, each found by an {@code indexOf} loop over the lower-cased text. */
    @Benchmark
    public int indexOfScanAllPhrases() {
        String lower = narrative.toLowerCase(Locale.ROOT);
        int hits = 0;
        for (String phrase : phrases) {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length())) {
                hits++;
            }
        }
        return hits;
    }

    /** One phrase, one pass: the floor for reading the text at all. */
    @Benchmark
    public int indexOfScanOnePhrase() {
        String lower = narrative.toLowerCase(Locale.ROOT);
        int hits = 0;
        for (int at = lower.indexOf(mostCommonPhrase); at >= 0; at = lower.indexOf(mostCommonPhrase, at + 1)) {
            hits++;
        }
        return hits;
    }

    /** The size of the measured input and the rule count, for RESULTS.md. */
    public static void main(String[] args) {
        LanguageCheckBenchmark benchmark = new LanguageCheckBenchmark();
        benchmark.setUp();
        int phraseCount = 0;
        for (BlameRule rule : benchmark.check.rules().rules()) {
            phraseCount += rule.phrases().size();
        }
        System.out.printf("narrative: %d chars, %d findings; rules: %d, phrases: %d%n",
                benchmark.narrative.length(), benchmark.blamelessLanguageCheck().size(),
                benchmark.check.rules().rules().size(), phraseCount);
    }
}
