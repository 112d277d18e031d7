package dev.postmortem.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class OutputModeTest {

    @ParameterizedTest
    @CsvSource({"display, INTERACTIVE", "preview, INTERACTIVE", "diff, INTERACTIVE", "pdf, STATIC", "word, STATIC",
            "html_export, STATIC", "email, STATIC", "feed, STATIC"})
    void staticForDocumentsReadAwayFromConfluence(String outputType, OutputMode expected) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(outputType);

        assertThat(OutputMode.of(context)).isEqualTo(expected);
    }
}
