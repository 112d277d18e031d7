package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The plugin's {@link ActiveObjects} over a real AO {@link EntityManager} where, as in Jira, every
 * {@link #executeInTransaction} is a database transaction of its own, committed at its end, at READ COMMITTED (Jira's
 * isolation; AO's own {@code Transaction} would ask for SERIALIZABLE). Each thread has its own connection, so two
 * threads are two nodes' transactions. For tests marked {@code @NonTransactional}; they clean up what they commit.
 */
final class TransactionalActiveObjects implements ActiveObjects {

    private final EntityManagerActiveObjects ao;
    private final EntityManager entityManager;

    TransactionalActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.ao = new EntityManagerActiveObjects(entityManager);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return ao.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return ao.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        ao.delete(entities);
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
