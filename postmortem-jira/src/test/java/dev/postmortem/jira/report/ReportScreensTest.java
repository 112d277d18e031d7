package dev.postmortem.jira.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.RestCalls;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.jira.screens.JiraTemplates;
import dev.postmortem.jira.screens.Screens;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state of the process report page, rendered from the real template and context provider, with the answer
 * of the real REST resource its script reads written next to it ({@code <state>.<language>.json}, served by the
 * screenshot run for the page's REST call): with data, an empty period, a truncated report, a wrong period, and a
 * project the viewer may not browse.
 */
class ReportScreensTest {

    private static final String TEMPLATE = "/templates/jira/report/process-report.vm";
    private static final String[] RESOURCES = {"js/vendor/chartjs/chart.umd.min.js", "css/report/process-report.css",
            "js/report/process-report.js"};
    private static final Clock JAN_31 = Clock.fixed(Instant.parse("2026-01-31T12:00:00Z"), ZoneOffset.UTC);

    private final ReportFixture fx = new ReportFixture();

    private String page(Locale locale, ProcessReportPage report) {
        return JiraTemplates.render(TEMPLATE, locale, Map.of("report", report));
    }

    private String defaultPage(Locale locale) {
        Map<String, Object> context = new ProcessReportContextProvider(fx.jira.access, JAN_31)
                .getContextMap(Map.of("project", fx.ops));
        return JiraTemplates.render(TEMPLATE, locale, context);
    }

    private static void write(String state, Locale locale, String html, Response answer) {
        Screens.write(state, locale, Screens.Place.MAIN, html, RESOURCES);
        if (answer == null) {
            return;
        }
        try {
            ObjectNode stub = new ObjectMapper().createObjectNode();
            stub.put("status", answer.getStatus());
            stub.set("json", new ObjectMapper().readTree((String) answer.getEntity()));
            Path file = Screens.directory().resolve(state + "." + locale.getLanguage() + ".json");
            Files.writeString(file, stub.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void reportStates(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        RestCalls rest = new RestCalls(new UserMessages(JiraTexts.in(locale)));
        ProcessReportResource resource = fx.resource();
        fx.threePostmortemsAndAHiddenOne();

        String page = defaultPage(locale);
        assertThat(page).contains("data-project-key=\"OPS\"", "data-default-from=\"2025-11-03\"",
                "data-default-to=\"2026-01-31\"").doesNotContain("$report").doesNotContain("$i18n");
        // The period the page asks for by default (the last 90 days up to January 31).
        Response data = rest.call(() -> resource.report("OPS", "2025-11-03", "2026-01-31"));
        assertThat(data.getStatus()).isEqualTo(200);
        write("report-data", locale, page, data);

        write("report-empty", locale, page, rest.call(() -> resource.report("OPS", "2026-03-01", "2026-03-31")));

        // The limit itself is ProjectProcessReport's (tested there); here is how the page says it.
        ObjectNode truncated = (ObjectNode) new ObjectMapper().readTree((String) data.getEntity());
        truncated.put("truncated", true);
        write("report-truncated", locale, page, Response.ok(truncated.toString()).build());

        String tooLong = page(locale, new ProcessReportPage(true, "OPS", "2025-01-01", "2026-01-31",
                ProcessReportContextProvider.RESOURCE_KEY));
        write("report-period-invalid", locale, tooLong,
                rest.call(() -> resource.report("OPS", "2025-01-01", "2026-01-31")));

        fx.browsable(false);
        String refused = defaultPage(locale);
        assertThat(refused).contains("aui-message-error").doesNotContain("postmortem-report-period");
        write("report-not-allowed", locale, refused, null);
    }
}
