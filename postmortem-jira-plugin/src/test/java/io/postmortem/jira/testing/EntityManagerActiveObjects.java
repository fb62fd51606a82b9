package io.postmortem.jira.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.Map;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * {@link ActiveObjects} over Active Objects' own {@link EntityManager}, the way the AO plugin
 * implements it inside Jira: every call runs the real SQL, an {@link SQLException} surfaces as an
 * unchecked {@link ActiveObjectsException} (the plugin's {@code ActiveObjectsSqlException} is one),
 * and {@link #executeInTransaction} commits or rolls back one database transaction.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

  private final EntityManager em;

  public EntityManagerActiveObjects(EntityManager em) {
    this.em = em;
  }

  @FunctionalInterface
  private interface Sql<T> {
    T run() throws SQLException;
  }

  private static <T> T sql(Sql<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new ActiveObjectsException(e);
    }
  }

  @Override
  @SafeVarargs
  public final void migrate(Class<? extends RawEntity<?>>... entities) {
    sql(
        () -> {
          em.migrate(entities);
          return null;
        });
  }

  @Override
  public void flush(RawEntity<?>... entities) {
    em.flush(entities);
  }

  @Override
  @SafeVarargs
  public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
    return sql(() -> em.get(type, keys));
  }

  @Override
  public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
    return sql(() -> em.get(type, key));
  }

  @Override
  public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
    return sql(() -> em.create(type, params));
  }

  @Override
  public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
    return sql(() -> em.create(type, params));
  }

  @Override
  public void delete(RawEntity<?>... entities) {
    sql(
        () -> {
          em.delete(entities);
          return null;
        });
  }

  @Override
  public <K> int deleteWithSQL(
      Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
    return sql(() -> em.deleteWithSQL(type, criteria, parameters));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
    return sql(() -> em.find(type));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(
      Class<T> type, String criteria, Object... parameters) {
    return sql(() -> em.find(type, criteria, parameters));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
    return sql(() -> em.find(type, query));
  }

  @Override
  public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
    return sql(() -> em.find(type, field, query));
  }

  @Override
  public <K> int count(Class<? extends RawEntity<K>> type) {
    return sql(() -> em.count(type));
  }

  @Override
  public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
    return sql(() -> em.count(type, criteria, parameters));
  }

  @Override
  public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
    return sql(() -> em.count(type, query));
  }

  /**
   * One database transaction; a runtime exception from the callback rolls it back and propagates
   * unchanged, as SAL's {@code TransactionTemplate} does in Jira.
   */
  @Override
  public <T> T executeInTransaction(TransactionCallback<T> callback) {
    try {
      return new Transaction<T>(em) {
        @Override
        protected T run() {
          return callback.doInTransaction();
        }
      }.execute();
    } catch (SQLException e) {
      throw new ActiveObjectsException(e);
    }
  }
}
