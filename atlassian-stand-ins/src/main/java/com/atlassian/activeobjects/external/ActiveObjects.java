package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** Stand-in of Atlassian AO 7's {@code ActiveObjects}: the members this app calls (decompiled). */
public interface ActiveObjects {
  <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

  <T> T executeInTransaction(TransactionCallback<T> callback);
}
