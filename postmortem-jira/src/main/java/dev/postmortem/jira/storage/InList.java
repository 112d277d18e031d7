package dev.postmortem.jira.storage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One chunk of a long {@code column IN (?, ?, ...)} condition: the where-clause part and its parameters. Queries by
 * many ids run once per chunk, so no statement carries more than {@link #SIZE} ids.
 */
final class InList {

    /** Ids per IN list: far below Oracle's 1000 and SQL Server's 2100 parameters. */
    static final int SIZE = 500;

    private final String condition;
    private final List<?> values;

    private InList(String column, List<?> values) {
        this.condition = column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
        this.values = values;
    }

    /** The values in chunks of at most {@link #SIZE}, in their order; none for no values. */
    static List<InList> chunks(String column, List<?> values) {
        List<InList> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += SIZE) {
            chunks.add(new InList(column, values.subList(from, Math.min(from + SIZE, values.size()))));
        }
        return chunks;
    }

    /** {@code column IN (?, ?, ...)}, one placeholder per value of the chunk. */
    String condition() {
        return condition;
    }

    /** The chunk's values, then {@code more} (the parameters of the rest of the where clause). */
    Object[] params(Object... more) {
        List<Object> params = new ArrayList<>(values);
        params.addAll(List.of(more));
        return params.toArray();
    }
}
