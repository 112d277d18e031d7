package dev.postmortem.jira.host;

import java.util.Objects;

/**
 * What a custom field created by setup looks like: its role (the setup step's id, under which its Jira id is
 * remembered), i18n keys of its name and description, and the complete module keys
 * ({@code <plugin key>:<module key>}) of its type and searcher.
 */
public record CustomFieldSpec(String role, String nameKey, String descriptionKey, String typeKey, String searcherKey) {

    public CustomFieldSpec {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nameKey, "nameKey");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        Objects.requireNonNull(typeKey, "typeKey");
        Objects.requireNonNull(searcherKey, "searcherKey");
    }
}
