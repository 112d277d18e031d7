package dev.postmortem.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Pins every finding of the coach, exactly (offset, length, rule, matched text) and the language it reads, on the
 * whole labelled corpus (each sentence in its own language and in the other one), on the whole public postmortems,
 * on each language's corpus joined into one document, and on a seeded 100 KB narrative like the benchmark's. The
 * golden file was recorded before the coach was optimised for issue 11, so a speed-up that changes any finding
 * fails here. To re-record after an intended change of behaviour, run with {@code COACH_GOLDEN_WRITE=1} and review
 * the diff of {@code golden/coach-findings.txt}.
 */
class CoachGoldenFindingsTest {

    private static final String GOLDEN = "/dev/postmortem/core/language/golden/coach-findings.txt";
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources" + GOLDEN);

    private static final List<String> DOCUMENTS = List.of("k8s-2019-01-23.md", "k8s-2019-02-05.md",
            "k8s-2019-02-08.md", "k8s-2019-03-26.md", "k8s-2019-05-30.md", "rust-cargo-postmortem.md",
            "rust-crates-io-incident-report.md", "rust-crates-io-malware-postmortem.md", "rust-crates-io-postmortem.md",
            "rust-dns-outage-portmortem.md", "rust-docsrs-outage-postmortem.md", "rust-rustup-1.24.0-incident-report.md");


    private final BlamelessLanguageCheck check = BlamelessLanguageCheck.defaults();

    @Test
    void findingsAreExactlyTheRecordedOnes() throws IOException {
        String actual = record();
        if (System.getenv("COACH_GOLDEN_WRITE") != null) {
            Files.createDirectories(GOLDEN_SOURCE.getParent());
            Files.writeString(GOLDEN_SOURCE, actual, StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = CoachGoldenFindingsTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] expectedLines = expected.split("\n", -1);
        String[] actualLines = actual.split("\n", -1);
        for (int i = 0; i < Math.min(expectedLines.length, actualLines.length); i++) {
            assertThat(actualLines[i]).as("line " + (i + 1) + " of " + GOLDEN).isEqualTo(expectedLines[i]);
        }
        assertThat(actualLines.length).as("lines of " + GOLDEN).isEqualTo(expectedLines.length);
    }

    private String record() throws IOException {
        StringBuilder out = new StringBuilder();
        List<CoachCorpusTest.Row> rows = CoachCorpusTest.corpus();
        for (int i = 0; i < rows.size(); i++) {
            CoachCorpusTest.Row row = rows.get(i);
            Locale own = Locale.forLanguageTag(row.language());
            Locale other = row.language().equals("de") ? Locale.ENGLISH : Locale.GERMAN;
            append(out, "row " + (i + 1), row.text(), own, row.participants());
            append(out, "row " + (i + 1) + " read as " + other.getLanguage(), row.text(), other, List.of());
        }
        for (String document : DOCUMENTS) {
            append(out, document, read("corpus/documents/" + document), Locale.ENGLISH, List.of());
        }
        for (String language : List.of("en", "de")) {
            List<String> texts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (CoachCorpusTest.Row row : rows) {
                if (row.language().equals(language)) {
                    texts.add(row.text());
                    names.addAll(row.participants());
                }
            }
            append(out, "corpus " + language + " as one paragraph", String.join(" ", texts),
                    Locale.forLanguageTag(language), names);
            append(out, "corpus " + language + " as paragraphs", String.join("\n\n", texts), Locale.ENGLISH, names);
        }
        append(out, "narrative 100 KB", CoachSampleText.narrative(102_400), Locale.ENGLISH, List.of("Priya", "Marco"));
        return out.toString();
    }

    private void append(StringBuilder out, String name, String text, Locale locale, List<String> participants) {
        List<Finding> findings = check.check(text, locale, participants);
        out.append("# ").append(name).append(" [").append(check.language(text, locale)).append("] ")
                .append(findings.size()).append('\n');
        for (Finding f : findings) {
            out.append(f.offset()).append('\t').append(f.length()).append('\t').append(f.ruleId()).append('\t')
                    .append(f.questionKey()).append('\t').append(escape(f.matchedText())).append('\n');
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CoachGoldenFindingsTest.class.getResourceAsStream("/dev/postmortem/core/language/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
