package dev.postmortem.confluence.macro;

import dev.postmortem.core.summary.SummaryFixtures;
import dev.postmortem.core.summary.SummaryJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Jira's answer body is read through a bounded stream: an answer larger than any summary never lands in memory. */
class JiraSummaryClientTest {

    private static final int MAX = SummaryJson.MAX_INPUT_JSON_CHARS;

    @Test
    void readsABodyOfExactlyTheLimit() throws Exception {
        assertThat(JiraSummaryClient.readAtMost(ascii("x".repeat(MAX)), MAX)).hasSize(MAX);
        assertThat(JiraSummaryClient.readAtMost(ascii("abc"), 3)).isEqualTo("abc");
    }

    @Test
    void stopsOneCharacterPastTheLimit() throws Exception {
        assertThat(JiraSummaryClient.readAtMost(ascii("abcd"), 3)).isNull();

        EndlessBody endless = new EndlessBody();
        assertThat(JiraSummaryClient.readAtMost(endless, MAX)).isNull();
        assertThat(endless.bytesRead).as("read up to the limit plus the decoder's buffer, not the whole body")
                .isGreaterThan(MAX).isLessThan(MAX + 64 * 1024L);
    }

    @Test
    void countsCharactersNotBytes() throws Exception {
        String umlauts = "äöü💳";
        InputStream utf8 = new ByteArrayInputStream(umlauts.getBytes(StandardCharsets.UTF_8));

        assertThat(JiraSummaryClient.readAtMost(utf8, umlauts.length())).isEqualTo(umlauts);
        assertThat(JiraSummaryClient.readAtMost(null, 10)).isEmpty();
    }

    @Test
    void rendersAnOverLimitAnswerAsUnreadableWithTheCoresTranslatedReasonAndDoesNotReadItAll() throws Exception {
        MacroRig rig = new MacroRig();
        EndlessBody[] last = new EndlessBody[1];
        rig.jiraAnswers(200, () -> last[0] = new EndlessBody());

        String html = rig.render("INC-42");

        assertThat(html).contains("The summary from Jira cannot be read")
                .contains("longer than the 2,097,152 characters this app reads")
                .doesNotContain("postmortem.summary.error.")
                .doesNotContain("pm-summary__");
        assertThat(last[0].bytesRead).isLessThan(MAX + 64 * 1024L);

        rig.clock.advance(Duration.ofSeconds(30));
        assertThat(rig.render("INC-42")).contains("longer than the 2,097,152 characters");
        assertThat(rig.requestsToJira()).as("the over-limit answer is remembered for the TTL, like any answer").isEqualTo(1);
    }

    @Test
    void explainsTheLimitInGermanToo() throws Exception {
        MacroRig rig = new MacroRig().locale(java.util.Locale.GERMAN);
        rig.jiraAnswers(200, EndlessBody::new);

        assertThat(rig.render("INC-42")).contains("länger als die 2.097.152 Zeichen");
    }

    @Test
    void rendersASummaryPaddedToExactlyTheLimit() throws Exception {
        String json = SummaryFixtures.json(SummaryFixtures.FULL);
        MacroRig rig = new MacroRig();
        rig.jiraAnswers(200, json + " ".repeat(MAX - json.length()));

        assertThat(rig.render("INC-42")).contains("pm-summary__");
    }

    @Test
    void aBodyBrokenOffMidwayIsAnOutageNotAnError() throws Exception {
        MacroRig rig = new MacroRig();
        rig.jiraAnswers(200, () -> new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Read timed out");
            }
        });

        assertThat(rig.render("INC-42")).contains("Jira is not answering").doesNotContain("Read timed out");
    }

    private static InputStream ascii(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** A body that never ends ("{" then spaces), counting what was read from it. */
    private static final class EndlessBody extends InputStream {
        long bytesRead;

        @Override
        public int read() {
            return bytesRead++ == 0 ? '{' : ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }
}
