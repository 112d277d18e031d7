package dev.postmortem.verification;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM helpers for atlassian-plugin.xml and the Spring XML. */
final class Descriptors {

    private Descriptors() {
    }

    static String pluginKey(PluginJar jar) {
        return jar.descriptor().getDocumentElement().getAttribute("key").trim();
    }

    /** Every element below (and including) the root, in document order. */
    static List<Element> elements(Element root) {
        List<Element> result = new ArrayList<>();
        collect(root, result);
        return result;
    }

    private static void collect(Element element, List<Element> result) {
        result.add(element);
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, result);
            }
        }
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n instanceof Element e && localName.equals(name(e))) {
                result.add(e);
            }
        }
        return result;
    }

    static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name).trim() : null;
    }

    /**
     * The class a {@code <webwork1>} module's {@code <action>} names in its {@code name} attribute (webwork actions are
     * named, not classed), or null for any other element.
     */
    static String webworkActionClass(Element e) {
        return "action".equals(name(e)) && e.getParentNode() instanceof Element actions
                && "actions".equals(name(actions)) && actions.getParentNode() instanceof Element module
                && "webwork1".equals(name(module)) ? attr(e, "name") : null;
    }

    /** Where an element is, for messages: {@code <workflow-condition key="soak">}. */
    static String where(Element e) {
        Element module = e;
        while (module.getParentNode() instanceof Element parent && !"atlassian-plugin".equals(name(parent))
                && !"beans".equals(name(parent))) {
            module = parent;
        }
        String attribute = module.hasAttribute("key") ? "key" : module.hasAttribute("id") ? "id" : null;
        return "<" + name(module) + (attribute == null ? "" : " " + attribute + "=\"" + module.getAttribute(attribute)
                + "\"") + ">";
    }
}
