package com.atlassian.sal.api.transaction;

/** Stand-in of SAL's {@code TransactionCallback} (condec TransactionTemplate mock). */
public interface TransactionCallback<T> {
  T doInTransaction();
}
