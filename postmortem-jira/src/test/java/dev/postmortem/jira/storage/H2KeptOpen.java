package dev.postmortem.jira.storage;

import net.java.ao.test.jdbc.H2Memory;

/**
 * An in-memory H2 database that outlives its connections. The runner's {@code H2Memory} URL has no
 * DB_CLOSE_DELAY, so the tables that the {@code @Data} updater creates vanish when its connection closes, before
 * the test opens its own.
 */
public final class H2KeptOpen extends H2Memory {

    public H2KeptOpen() {
        super("jdbc:h2:mem:postmortem-storage;DB_CLOSE_DELAY=-1", "", "", "PUBLIC");
    }
}
