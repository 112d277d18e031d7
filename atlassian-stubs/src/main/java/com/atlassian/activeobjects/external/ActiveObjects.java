package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

// Stand-in for com.atlassian.activeobjects:activeobjects-plugin (com.atlassian.activeobjects.external.ActiveObjects);
// only the members the plugin calls. The net.java.ao types are the real AO library (provided).
public interface ActiveObjects {

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    void delete(RawEntity<?>... entities);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
