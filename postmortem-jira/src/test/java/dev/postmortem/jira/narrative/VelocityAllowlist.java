package dev.postmortem.jira.narrative;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** The methods a {@code velocity-allowlist} module of the plugin descriptor lists, for the template tests. */
public final class VelocityAllowlist {

    private static final Path DESCRIPTOR = Path.of("src/main/resources/atlassian-plugin.xml");

    private VelocityAllowlist() {
    }

    /** The {@code method} entries of the allowlist module with this key, stripped and sorted. */
    public static Set<String> methods(String moduleKey) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(DESCRIPTOR.toFile()).getDocumentElement();
        NodeList lists = root.getElementsByTagName("velocity-allowlist");
        Set<String> methods = new TreeSet<>();
        for (int i = 0; i < lists.getLength(); i++) {
            Element list = (Element) lists.item(i);
            if (moduleKey.equals(list.getAttribute("key"))) {
                NodeList entries = list.getElementsByTagName("method");
                for (int j = 0; j < entries.getLength(); j++) {
                    methods.add(entries.item(j).getTextContent().strip());
                }
            }
        }
        return methods;
    }
}
