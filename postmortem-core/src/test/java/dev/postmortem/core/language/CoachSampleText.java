package dev.postmortem.core.language;

import java.util.Random;

/**
 * A seeded narrative dense in coach candidates, English with German mixed in: the text the coach benchmark measures
 * and the golden findings test pins, so both speak of the same input.
 */
public final class CoachSampleText {

    private static final String[] SENTENCES = {
        "At 02:14 the checkout latency alert fired and Priya acknowledged the page from her phone.",
        "The engineer running the migration should have checked the replica lag before the cutover.",
        "The canary should have caught the regression, but the stage was optional.",
        "We should have alerts on queue depth as well as latency.",
        "It was not immediately obvious that the two alerts were related.",
        "Marco could\u2019ve paged the DBA earlier; he did not know the rota had changed.",
        "Failed to connect to database: connection refused.",
        "R\u00fcckblickend h\u00e4tte das Team den Rollback fr\u00fcher starten m\u00fcssen.",
        "Der Alarm h\u00e4tte um 02:10 ausl\u00f6sen m\u00fcssen, aber die Schwelle war zu hoch.",
        "Customers saw failed payments for 47 minutes; retries recovered most orders.",
        "Why didn't the alert fire? Nobody is to blame for the missing threshold.",
        "It was human error, someone said in the channel, and nobody answered.",
    };

    private CoachSampleText() {
    }

    /** {@code size} characters of the narrative, the same text for the same size on every run. */
    public static String narrative(int size) {
        Random random = new Random(20261206);
        StringBuilder builder = new StringBuilder(size + 200);
        while (builder.length() < size) {
            builder.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(random.nextInt(5) == 0 ? "\n\n" : " ");
        }
        return builder.substring(0, size);
    }
}
