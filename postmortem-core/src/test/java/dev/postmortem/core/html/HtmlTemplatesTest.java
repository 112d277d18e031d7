package dev.postmortem.core.html;

import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlTemplatesTest {

    private static final String TEMPLATE = "templates/test/escaping.vm";
    private static final HtmlTemplates TEMPLATES =
            new HtmlTemplates(HtmlTemplatesTest.class.getClassLoader(), "test.velocity", TEMPLATE);

    @Test
    void everyInsertedValueIsEscapedInTextAndAttributes() {
        String html = TEMPLATES.render(TEMPLATE, Map.of("value", "<b a='1'>\"&\"</b>", "items", List.of("<i>", "ok")));

        assertThat(html).isEqualTo("<p title=\"&lt;b a=&#39;1&#39;&gt;&quot;&amp;&quot;&lt;/b&gt;\">"
                + "&lt;b a=&#39;1&#39;&gt;&quot;&amp;&quot;&lt;/b&gt;</p><li>&lt;i&gt;</li><li>ok</li>\n");
    }

    @Test
    void trustedHtmlGoesInAsItIs() {
        String html = TEMPLATES.render(TEMPLATE, Map.of("value", new TrustedHtml("<em>x</em>"), "items", List.of()));

        assertThat(html).isEqualTo("<p title=\"<em>x</em>\"><em>x</em></p>\n");
    }

    @Test
    void aMissingReferenceFailsInsteadOfPrintingItsName() {
        assertThatThrownBy(() -> TEMPLATES.render(TEMPLATE, Map.of("items", List.of())))
                .isInstanceOf(MethodInvocationException.class);
    }

    @Test
    void onlyTemplatesGivenToTheConstructorRender() {
        assertThatThrownBy(() -> TEMPLATES.render("templates/core/summary.vm", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("templates/core/summary.vm");
    }

    @Test
    void aMissingTemplateFailsAtConstruction() {
        assertThatThrownBy(() -> new HtmlTemplates(HtmlTemplatesTest.class.getClassLoader(), "test.velocity",
                "templates/test/absent.vm")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void templatesComeFromTheGivenClassLoaderNotTheContextOne() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader hosts = new ClassLoader(null) { };
        thread.setContextClassLoader(hosts);
        try {
            HtmlTemplates templates = new HtmlTemplates(HtmlTemplatesTest.class.getClassLoader(), "test.velocity", TEMPLATE);
            assertThat(templates.render(TEMPLATE, Map.of("value", "v", "items", List.of()))).contains("<p title=\"v\">v</p>");
            // The engine borrows the context class loader while it starts and gives the caller's back.
            assertThat(thread.getContextClassLoader()).isSameAs(hosts);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void escapeReturnsPlainTextUnchanged() {
        String plain = "nothing to escape";
        assertThat(HtmlTemplates.escape(plain)).isSameAs(plain);
        assertThat(HtmlTemplates.escape("a<b")).isEqualTo("a&lt;b");
    }
}
