package dev.postmortem.core.language;

import java.util.HashMap;
import java.util.Map;

/** A trie over normalised words; each node that ends a phrase knows its rule. */
final class PhraseTrie {

    static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private BlameRule rule;

        Node child(String word) {
            return children.get(word);
        }

        BlameRule rule() {
            return rule;
        }
    }

    private final Node root = new Node();

    void add(Words phrase, BlameRule rule) {
        Node node = root;
        for (int i = 0; i < phrase.count; i++) {
            node = node.children.computeIfAbsent(phrase.normalised[i], w -> new Node());
        }
        if (node.rule != null && !node.rule.id().equals(rule.id())) {
            throw new IllegalArgumentException("phrase in two rules, " + node.rule.id() + " and " + rule.id());
        }
        node.rule = rule;
    }

    Node root() {
        return root;
    }
}
