package dev.postmortem.jira.process;

import dev.postmortem.jira.narrative.VelocityAllowlist;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The postmortem panel's template with the process part, rendered as Jira renders it (every reference
 * HTML-escaped except those named {@code *Html}), and the process allowlist against the getters it calls.
 */
class ProcessPanelTemplateTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATE = RESOURCES.resolve("templates/jira/summary/summary-panel.vm");

    private static String render(Object summaryHtml, ProcessPanelView process) throws Exception {
        VelocityEngine engine = new VelocityEngine();
        engine.init();
        Context context = new VelocityContext();
        if (summaryHtml != null) {
            context.put("summaryHtml", summaryHtml);
        }
        if (process != null) {
            context.put("process", process);
        }
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (ctx, reference, value) ->
                value == null || reference.replaceAll("[${}!]", "").endsWith("Html") ? value
                        : value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                                .replace("\"", "&quot;"));
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, TEMPLATE.toString(), Files.readString(TEMPLATE));
        return out.toString();
    }

    @Test
    void theProcessRowsAreRenderedEscapedBelowTheSummary() throws Exception {
        ProcessPanelView view = new ProcessPanelView("Process <i>", List.of(
                new ProcessPanelRow("Debrief held", "20/Nov/26 3:00 PM"),
                new ProcessPanelRow("Latest override", "by <script>alert(1)</script> on ACT-1: \"<b>why</b>\"")));

        String html = render("<p class=\"pm-summary\">summary</p>", view);

        assertThat(html).contains("<p class=\"pm-summary\">summary</p>")
                .contains("<h3>Process &lt;i&gt;</h3>")
                .contains("<dt>Debrief held</dt>").contains("<dd>20/Nov/26 3:00 PM</dd>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;&lt;b&gt;why&lt;/b&gt;&quot;")
                .doesNotContain("<script").doesNotContain("<b>").doesNotContain("$process").doesNotContain("$row");
        assertThat(html.indexOf("pm-summary\"")).isLessThan(html.indexOf("pm-process"));
    }

    @Test
    void withoutAProcessViewThePanelIsTheSummaryAlone() throws Exception {
        String html = render("<p>summary</p>", null);

        assertThat(html).contains("<p>summary</p>").doesNotContain("pm-process").doesNotContain("$");
    }

    @Test
    void theAllowlistListsExactlyTheGettersTheTemplateCalls() throws Exception {
        String template = Files.readString(TEMPLATE);
        Set<String> called = new TreeSet<>();
        Matcher m = Pattern.compile("\\$!?\\{?(process|row)\\.(\\w+)").matcher(template);
        while (m.find()) {
            Class<?> type = m.group(1).equals("process") ? ProcessPanelView.class : ProcessPanelRow.class;
            String getter = "get" + Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1);
            called.add(type.getName() + "#" + type.getMethod(getter).getName() + "()");
        }

        assertThat(called).hasSize(4);
        assertThat(allowlist()).isEqualTo(called);
    }

    private static Set<String> allowlist() throws Exception {
        return VelocityAllowlist.methods("process-velocity-allowlist");
    }
}
