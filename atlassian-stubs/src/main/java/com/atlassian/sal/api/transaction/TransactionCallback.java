package com.atlassian.sal.api.transaction;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.transaction.TransactionCallback<T>).
public interface TransactionCallback<T> {

    T doInTransaction();
}
