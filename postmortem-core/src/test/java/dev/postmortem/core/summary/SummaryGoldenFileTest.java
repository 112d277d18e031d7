package dev.postmortem.core.summary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered HTML of the shared fixtures, compared exactly with {@code fixtures/summary/<fixture>.<lang>.html}.
 * After an intended change to the template, labels or view, regenerate and review the diff:
 * <pre>mvn -B -pl postmortem-core test -Dtest=SummaryGoldenFileTest -Dpostmortem.updateGolden=true</pre>
 * With the flag the test writes the files (and passes); without it, any difference fails. The files are read
 * from the source tree (Surefire runs in the module directory), so a regenerated file is what is compared.
 */
class SummaryGoldenFileTest {

    private static final Path GOLDEN_DIR = Path.of("src/test/resources/fixtures/summary");
    private static final SummaryRenderer RENDERER = new SummaryRenderer();

    @ParameterizedTest(name = "{0}.{1}.html")
    @CsvSource({"full-v1, en", "full-v1, de", "minimal-v1, en"})
    void renderedHtmlMatchesGoldenFile(String fixture, String language) throws IOException {
        String html = RENDERER.render(SummaryFixtures.summary(fixture), Locale.forLanguageTag(language),
                EnumSet.allOf(SummarySection.class));
        String file = fixture + "." + language + ".html";

        if (Boolean.getBoolean("postmortem.updateGolden")) {
            Files.writeString(GOLDEN_DIR.resolve(file), html, StandardCharsets.UTF_8);
        }
        assertThat(html).as("golden file %s (regenerate with -Dpostmortem.updateGolden=true)", file)
                .isEqualTo(Files.readString(GOLDEN_DIR.resolve(file), StandardCharsets.UTF_8));
    }
}
