package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

import java.util.Objects;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.jql.operand.QueryLiteral); only the members the plugin
// uses. A value type, so it works like the real one (code under test builds literals and tests compare them).
public class QueryLiteral {

    private final Operand sourceOperand;
    private final Long longValue;

    /** A literal holding a number, e.g. an issue id; the source is the function operand that produced it. */
    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }

    public Long getLongValue() {
        return longValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryLiteral other && Objects.equals(sourceOperand, other.sourceOperand)
                && Objects.equals(longValue, other.longValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceOperand, longValue);
    }

    @Override
    public String toString() {
        return String.valueOf(longValue);
    }
}
