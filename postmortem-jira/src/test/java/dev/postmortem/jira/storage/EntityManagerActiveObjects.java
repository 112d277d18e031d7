package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.sql.SQLException;

/**
 * The plugin's {@link ActiveObjects} over a real AO {@link EntityManager}, for repository tests on real databases.
 * Like the AO plugin, it turns SQLExceptions into runtime exceptions. Transactions: the AO test runner already
 * wraps every test in a database transaction that it rolls back afterwards, so {@link #executeInTransaction} runs
 * the callback inside that one instead of committing a nested one.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        try {
            return entityManager.create(type, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        try {
            return entityManager.get(type, key);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        try {
            return entityManager.find(type, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        try {
            entityManager.delete(entities);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return callback.doInTransaction();
    }
}
