package com.atlassian.query.operand;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.query.operand.FunctionOperand); only the members the plugin
// uses. A value type (the real one has equals/hashCode over name and arguments), so it works like the real one and
// tests can build the operand Jira would pass.
public class FunctionOperand implements Operand {

    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, Collection<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    public String getName() {
        return name;
    }

    /** The function's arguments as typed, each a plain string (JQL functions take no lists or nested functions). */
    public List<String> getArgs() {
        return args;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionOperand other && name.equals(other.name) && args.equals(other.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, args);
    }
}
