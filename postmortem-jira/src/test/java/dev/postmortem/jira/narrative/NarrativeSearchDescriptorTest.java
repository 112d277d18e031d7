package dev.postmortem.jira.narrative;

import dev.postmortem.jira.storage.NarrativeTextEntity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The descriptor declares the function as the class describes itself, and its texts exist in English and German. */
class NarrativeSearchDescriptorTest {

    private static Document descriptor() throws Exception {
        try (InputStream in = NarrativeSearchDescriptorTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static String child(Element element, String name) {
        return element.getElementsByTagName(name).item(0).getTextContent().strip();
    }

    @Test
    void theJqlFunctionModuleMatchesTheClass() throws Exception {
        NodeList functions = descriptor().getElementsByTagName("jql-function");
        assertThat(functions.getLength()).isEqualTo(1);
        Element function = (Element) functions.item(0);

        assertThat(function.getAttribute("class")).isEqualTo(NarrativeMatchesFunction.class.getName());
        assertThat(child(function, "fname")).isEqualTo(NarrativeMatchesFunction.NAME);
        assertThat(Boolean.parseBoolean(child(function, "list"))).isTrue();
    }

    @Test
    void theSearchTableIsDeclaredInTheAoModule() throws Exception {
        NodeList entities = descriptor().getElementsByTagName("entity");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entities.getLength(); i++) {
            names.add(entities.item(i).getTextContent().strip());
        }

        assertThat(names).contains(NarrativeTextEntity.class.getName());
    }

    @Test
    void everySearchTextExistsInEnglishAndGerman() throws Exception {
        Set<String> english = searchKeys("/i18n/postmortem-jira.properties");
        Set<String> german = searchKeys("/i18n/postmortem-jira_de.properties");

        assertThat(english).contains(NarrativeSearchTerms.NO_ARGUMENT_KEY, NarrativeSearchTerms.BLANK_KEY,
                NarrativeSearchTerms.TOO_LONG_KEY, NarrativeSearchTerms.TOO_MANY_KEY,
                "postmortem.jira.narrative.search.function.name",
                "postmortem.jira.narrative.search.function.description");
        assertThat(german).isEqualTo(english);
    }

    private static Set<String> searchKeys(String bundle) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = NarrativeSearchDescriptorTest.class.getResourceAsStream(bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("postmortem.jira.narrative.search.") && !properties.getProperty(key).isBlank()) {
                keys.add(key);
            }
        }
        return keys;
    }
}
