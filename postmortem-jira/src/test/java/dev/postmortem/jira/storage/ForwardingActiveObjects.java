package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** An {@link ActiveObjects} that passes every call on to another; a test double overrides only what it changes. */
abstract class ForwardingActiveObjects implements ActiveObjects {

    private final ActiveObjects delegate;

    ForwardingActiveObjects(ActiveObjects delegate) {
        this.delegate = delegate;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return delegate.create(type, params);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return delegate.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return delegate.find(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        delegate.delete(entities);
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return delegate.executeInTransaction(callback);
    }
}
