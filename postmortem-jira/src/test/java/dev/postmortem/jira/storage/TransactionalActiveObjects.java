package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.EntityManager;
import net.java.ao.Transaction;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The plugin's {@link ActiveObjects} over a real AO {@link EntityManager} where, as in Jira, every
 * {@link #executeInTransaction} is a database transaction of its own, committed at its end, at READ COMMITTED (Jira's
 * isolation; AO's own {@code Transaction} would ask for SERIALIZABLE). Each thread has its own connection, so two
 * threads are two nodes' transactions. For tests marked {@code @NonTransactional}; they clean up what they commit.
 */
public final class TransactionalActiveObjects extends ForwardingActiveObjects {

    private final EntityManager entityManager;

    public TransactionalActiveObjects(EntityManager entityManager) {
        super(new EntityManagerActiveObjects(entityManager));
        this.entityManager = entityManager;
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() throws SQLException {
                    // Before the transaction's first statement, so the database accepts the change.
                    entityManager.getProvider().getConnection()
                            .setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
