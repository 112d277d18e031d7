package dev.postmortem.benchmarks;

import dev.postmortem.core.language.BlamelessLanguageCheck;
import dev.postmortem.core.language.CoachSampleText;
import dev.postmortem.core.language.Finding;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The clause-reading coach on English and German narratives of 1 KB to 1 MB, next to a single-pass
 * {@code indexOf} scan of the same text (the floor for reading it at all). Issue 11 asks for the check within
 * 10× that scan at 100 KB and linear from 1 KB to 1 MB: compare the scores per KB across sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CoachScalingBenchmark {

    @Param({"1024", "10240", "102400", "1048576"})
    public int size;

    private String text;
    private BlamelessLanguageCheck check;

    @Setup
    public void setUp() {
        check = BlamelessLanguageCheck.defaults();
        text = CoachSampleText.narrative(size);
    }

    @Benchmark
    public List<Finding> coach() {
        return check.check(text, Locale.ENGLISH, List.of("Priya", "Marco"));
    }

    /** One phrase, one pass over the lower-cased text: the floor. */
    @Benchmark
    public int indexOfSinglePass() {
        String lower = text.toLowerCase(Locale.ROOT);
        int hits = 0;
        for (int at = lower.indexOf("should have"); at >= 0; at = lower.indexOf("should have", at + 1)) {
            hits++;
        }
        return hits;
    }
}
