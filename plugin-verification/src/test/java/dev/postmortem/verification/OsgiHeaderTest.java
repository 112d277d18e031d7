package dev.postmortem.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OsgiHeaderTest {

    @Test
    void versionRangesWithCommasStayInTheirClause() {
        List<OsgiHeader.Clause> clauses = OsgiHeader.parse(
                "javax.naming;resolution:=optional,com.fasterxml.jackson.core;version=\"[2.18,3)\",org.slf4j");

        assertThat(clauses).hasSize(3);
        assertThat(clauses.get(0).paths()).containsExactly("javax.naming");
        assertThat(clauses.get(0).isOptional()).isTrue();
        assertThat(clauses.get(1).attributes()).containsEntry("version", "[2.18,3)");
        assertThat(clauses.get(1).isOptional()).isFalse();
        assertThat(clauses.get(2).paths()).containsExactly("org.slf4j");
    }

    @Test
    void aClauseMayNameSeveralPackages() {
        assertThat(OsgiHeader.byPackage("a.b;c.d;version=1.0")).containsOnlyKeys("a.b", "c.d");
    }

    @Test
    void anEmptyHeaderHasNoClauses() {
        assertThat(OsgiHeader.parse("")).isEmpty();
        assertThat(OsgiHeader.parse(null)).isEmpty();
    }
}
