package dev.postmortem.stubs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGNATURES.md records, per stub type, what its signature was checked against. A stub type added without its row
 * is a host signature nobody has checked, so the build says so.
 */
class SignaturesRecordTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path RECORD = Path.of("SIGNATURES.md");
    /** A results row starts with the type's qualified name in backticks, generics after the name if any. */
    private static final Pattern ROW = Pattern.compile("^\\| `([\\w.]+)[<`]", Pattern.MULTILINE);

    @Test
    void everyStubTypeHasARowInSignaturesMd() throws IOException {
        List<String> recorded = ROW.matcher(Files.readString(RECORD, StandardCharsets.UTF_8)).results()
                .map(match -> match.group(1))
                .toList();

        assertThat(recorded).as("stub types with a row in %s", RECORD).containsAll(stubTypes());
    }

    @Test
    void theRowPatternReadsTheTableAsWritten() {
        Matcher plain = ROW.matcher("| `com.atlassian.cache.CacheFactory` (interface) | atlassian-cache-api |");
        Matcher generic = ROW.matcher("| `com.atlassian.cache.Cache<K,V>` (interface) | atlassian-cache-api |");

        assertThat(plain.find()).isTrue();
        assertThat(plain.group(1)).isEqualTo("com.atlassian.cache.CacheFactory");
        assertThat(generic.find()).isTrue();
        assertThat(generic.group(1)).isEqualTo("com.atlassian.cache.Cache");
        assertThat(ROW.matcher("| SAL3 | https://docs.atlassian.com/sal-parent/3.0.0/ |").find()).isFalse();
    }

    private static List<String> stubTypes() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> types = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .map(file -> SOURCES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.java$", ""))
                    .sorted()
                    .toList();
            assertThat(types).as("stub types under %s", SOURCES).isNotEmpty();
            return types;
        }
    }
}
