package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Stand-in for Active Objects 7 {@code ActiveObjects} (members the plugin uses). Source: the
 * decompiled interface summarised in jira-platform-facts §2.3; callers in
 * codescape/jira-scrum-poker (11.3).
 */
public interface ActiveObjects {
  void migrate(Class<? extends RawEntity<?>>... entities);

  <T extends RawEntity<K>, K> T get(Class<T> type, K key);

  <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

  <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

  void delete(RawEntity<?>... entities);

  <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... params);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... params);

  <K> int count(Class<? extends RawEntity<K>> type, Query query);

  <T> T executeInTransaction(TransactionCallback<T> callback);
}
