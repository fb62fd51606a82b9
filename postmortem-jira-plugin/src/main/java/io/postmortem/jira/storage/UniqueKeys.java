package io.postmortem.jira.storage;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes guarded by a unique constraint. When two nodes write the same row at once, the database
 * refuses the second insert; that writer runs its transaction again (now seeing the first one's
 * row) and gives up with a {@link ConcurrentWriteException} only if it loses every attempt.
 */
final class UniqueKeys {
  static final int ATTEMPTS = 3;

  /** Vendor codes of a unique-key violation where the SQL state is the generic class 23000. */
  private static final Set<Integer> DUPLICATE_CODES =
      Set.of(
          1, // Oracle ORA-00001
          1062, // MySQL ER_DUP_ENTRY
          2601, // SQL Server, unique index
          2627); // SQL Server, unique constraint

  private UniqueKeys() {}

  static <T> T retryOnDuplicate(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (!isDuplicate(e)) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          throw new ConcurrentWriteException(e);
        }
      }
    }
  }

  /** Whether the failure is the database refusing a second row with the same unique key. */
  static boolean isDuplicate(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          String state = e.getSQLState();
          if ("23505".equals(state)
              || ("23000".equals(state) && DUPLICATE_CODES.contains(e.getErrorCode()))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
