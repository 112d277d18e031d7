package dev.postmortem.jira.narrative;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.core.narrative.NarrativeFixtures;
import dev.postmortem.jira.JiraTexts;
import dev.postmortem.jira.host.UserFormatter;
import dev.postmortem.jira.host.UserMessages;
import dev.postmortem.testsupport.BundleI18nResolver;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The narrative field's templates, rendered with a Velocity engine that escapes every reference the way Jira
 * does, and checked against the descriptor's velocity-allowlist (Jira renders a call that is not listed as
 * nothing, silently).
 */
class NarrativeTemplatesTest {

    private static final String VIEW = "/templates/jira/customfield/narrative-view.vm";
    private static final String COLUMN = "/templates/jira/customfield/narrative-column.vm";
    private static final String XML = "/templates/jira/customfield/narrative-xml.vm";
    private static final String EDIT = "/templates/jira/customfield/narrative-edit.vm";
    /** Objects Jira itself puts into field templates; their methods are on Jira's own allowlist. */
    private static final Set<String> JIRA_OBJECTS = Set.of("i18n", "customField", "fieldLayoutItem", "xmlutils");

    /** Stands in for Jira's $i18n (an I18nHelper) in the rendering. */
    public static final class I18nStandIn {
        private final BundleI18nResolver bundle = JiraTexts.english();

        public String getText(String key) {
            return bundle.getText(key);
        }
    }

    private static String resource(String path) {
        try (InputStream in = NarrativeTemplatesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(String template, NarrativeView view) {
        VelocityEngine engine = new VelocityEngine();
        engine.init();
        Context context = new VelocityContext();
        context.put("narrative", view);
        context.put("i18n", new I18nStandIn());
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (ctx, reference, value) ->
                value == null ? null : value.toString().replace("&", "&amp;").replace("<", "&lt;")
                        .replace(">", "&gt;").replace("\"", "&quot;"));
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, template, resource(template));
        return out.toString();
    }

    private static NarrativeView viewFor(String json, boolean editor) {
        PermissionManager permissions = mock(PermissionManager.class);
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        ApplicationUser user = mock(ApplicationUser.class);
        Issue issue = mock(Issue.class);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)).thenReturn(editor);
        return new NarrativeViews(new UserMessages(JiraTexts.english()), permissions, authentication,
                new UserFormatter(ZoneId.of("UTC")).injected)
                .view(json, issue);
    }

    @Test
    void theViewShowsEverySectionEscaped() {
        String json = NarrativeFixtures.richJson().replace("Support lead", "Support <b>lead</b>");

        String html = render(VIEW, viewFor(json, false));

        assertThat(html).contains("<h4>What happened</h4>").contains("<h4>Personal accounts</h4>")
                .contains("<h4>Timeline</h4>").contains("<h4>Contributing factors</h4>")
                .contains("<h4>What we learned</h4>").contains("Controllable or detectable")
                .contains("Amara Nwosu").contains("Support &lt;b&gt;lead&lt;/b&gt;")
                .doesNotContain("<b>lead</b>").doesNotContain("$narrative");
        assertThat(html).doesNotContain("Phrasing to reconsider");
    }

    @Test
    void editorsSeeTheHints() {
        String html = render(VIEW, viewFor("{\"summary\": \"Kim should have checked.\"}", true));

        assertThat(html).contains("Phrasing to reconsider").contains("should have");
    }

    @Test
    void theColumnShowsTheSummaryOnly() {
        String html = render(COLUMN, viewFor(NarrativeFixtures.richJson(), true)).strip();

        assertThat(html).startsWith("<span class=\"pm-narrative-column\">For 47 minutes")
                .doesNotContain("Personal accounts");
    }

    @Test
    void nothingIsRenderedForAnEmptyNarrative() {
        assertThat(render(VIEW, viewFor("", false)).strip()).isEmpty();
    }

    /** Stands in for Jira's $xmlutils: ends and restarts the CDATA section around a "]]>" in the value. */
    public static final class XmlUtilsStandIn {
        public String escapeForCdata(String text) {
            return text.replace("]]>", "]]]]><![CDATA[>");
        }
    }

    private static String renderField(String template, Object value, boolean htmlEscaping) {
        VelocityEngine engine = new VelocityEngine();
        engine.init();
        Context context = new VelocityContext();
        context.put("value", value);
        context.put("xmlutils", new XmlUtilsStandIn());
        context.put("customField", new CustomFieldStandIn());
        if (htmlEscaping) {
            EventCartridge cartridge = new EventCartridge();
            cartridge.addEventHandler((ReferenceInsertionEventHandler) (ctx, reference, inserted) ->
                    inserted == null ? null : inserted.toString().replace("&", "&amp;").replace("<", "&lt;")
                            .replace(">", "&gt;").replace("\"", "&quot;"));
            cartridge.attachToContext(context);
        }
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, template, resource(template));
        return out.toString();
    }

    /** The $customField the edit template reads its id from. */
    public static final class CustomFieldStandIn {
        public String getId() {
            return "customfield_10400";
        }
    }

    @Test
    void theXmlViewExportsTheStoredJsonInCdataAndNothingWhenEmpty() {
        String stored = "{\"summary\":\"a <b> & ]]> c\"}";

        String xml = renderField(XML, stored, false);

        assertThat(xml).contains("<customfieldvalue><![CDATA[{\"summary\":\"a <b> & ]]]]><![CDATA[> c\"}]]>"
                + "</customfieldvalue>");
        assertThat(renderField(XML, null, false)).doesNotContain("customfieldvalue");
    }

    @Test
    void theEditViewPutsARejectedSubmissionBackIntoTheTextareaEscaped() {
        String submitted = "{\"summary\":\"</textarea><script>x()</script>\"";

        String html = renderField(EDIT, submitted, true);

        assertThat(html).contains("name=\"customfield_10400\" rows=\"12\">"
                + "{&quot;summary&quot;:&quot;&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt;&quot;</textarea>");
        assertThat(html).doesNotContain("<script>");
    }

    @Test
    void everyMethodTheTemplatesCallOnOurObjectsIsAllowlisted() {
        String descriptor = resource("/atlassian-plugin.xml");
        Set<String> allowlisted = new LinkedHashSet<>();
        Matcher entry = Pattern.compile("<method>dev\\.postmortem\\.jira\\.narrative\\.(\\w+)#(\\w+)\\(\\)</method>")
                .matcher(descriptor);
        while (entry.find()) {
            allowlisted.add(entry.group(2));
        }
        Set<String> called = new LinkedHashSet<>();
        for (String template : new String[] {VIEW, COLUMN}) {
            Matcher call = Pattern.compile("\\$!?\\{?(\\w+)((?:\\.\\w+\\(\\))+)").matcher(resource(template));
            while (call.find()) {
                if (JIRA_OBJECTS.contains(call.group(1))) {
                    continue;
                }
                Matcher method = Pattern.compile("\\.(\\w+)\\(\\)").matcher(call.group(2));
                while (method.find()) {
                    called.add(method.group(1));
                }
            }
        }
        assertThat(called).isNotEmpty();
        assertThat(allowlisted).containsAll(called);
    }
}
