package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: Atlassian AO plugin source of com.atlassian.activeobjects.external.ActiveObjects;
 * find/create/delete/count/get called by codescape/jira-scrum-poker (AO 7, Jira 11.3). stream(...)
 * is left out (needs EntityStreamCallback). See atlassian-stand-ins/SOURCES.md.
 */
public interface ActiveObjects {
  @SuppressWarnings("unchecked")
  void migrate(Class<? extends RawEntity<?>>... entities);

  void flush(RawEntity<?>... entities);

  @SuppressWarnings("unchecked")
  <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

  <T extends RawEntity<K>, K> T get(Class<T> type, K key);

  <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

  <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

  void delete(RawEntity<?>... entities);

  <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

  <T extends RawEntity<K>, K> T[] find(Class<T> type);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

  <K> int count(Class<? extends RawEntity<K>> type);

  <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

  <K> int count(Class<? extends RawEntity<K>> type, Query query);

  <T> T executeInTransaction(TransactionCallback<T> callback);
}
