package dev.postmortem.jira.soak;

import dev.postmortem.jira.JiraTexts;
import dev.postmortem.testsupport.BundleI18nResolver;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The condition's summary on the workflow transition page. The link type name is set by an admin; Jira escapes
 * references but not what {@code $i18n.getText} returns, so these must never travel as getText arguments.
 * The engine here models exactly that: every reference escaped except {@code $i18n} calls.
 */
class SoakGateViewTemplateTest {

    private static final String TEMPLATE = "/templates/jira/workflow/soak-gate-view.vm";
    private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>";

    /** Stands in for Jira's $i18n, with arguments. */
    public static final class I18nStandIn {
        private final BundleI18nResolver bundle = JiraTexts.english();

        public String getText(String key) {
            return bundle.getText(key);
        }

        public String getText(String key, Object argument) {
            return bundle.getText(key, (Serializable) argument);
        }

        public String getText(String key, Object first, Object second) {
            return bundle.getText(key, (Serializable) first, (Serializable) second);
        }
    }

    private static String render(SoakConfigView view) throws IOException {
        String template;
        try (InputStream in = SoakGateViewTemplateTest.class.getResourceAsStream(TEMPLATE)) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        VelocityEngine engine = new VelocityEngine();
        engine.init();
        VelocityContext context = new VelocityContext();
        context.put("soak", view);
        context.put("i18n", new I18nStandIn());
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (ctx, reference, value) ->
                value == null || reference.startsWith("$i18n.") ? value
                        : value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                .replace("\"", "&quot;"));
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, TEMPLATE, template);
        return out.toString();
    }

    @Test
    void anAdminSetLinkTypeNameIsEscapedWithTheProjectPolicy() throws IOException {
        String html = render(new SoakConfigView(true, "", "10100", HOSTILE_NAME, false, List.of()));

        assertThat(html).contains("Soak time from the project\u2019s policy.")
                .contains("For postmortems linked by")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img");
    }

    @Test
    void hoursAsTypedAndTheLinkTypeNameAreEscapedWithExplicitHours() throws IOException {
        String html = render(new SoakConfigView(false, "<b>48</b>", "10100", HOSTILE_NAME, true,
                List.of("problem")));

        assertThat(html).contains("Fixed soak time in hours: &lt;b&gt;48&lt;/b&gt;")
                .doesNotContain("<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("Issues without a linked postmortem pass.")
                .doesNotContain("<img");
    }
}
