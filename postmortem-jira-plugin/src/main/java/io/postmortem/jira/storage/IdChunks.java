package io.postmortem.jira.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Splits id lists for SQL IN clauses: Oracle refuses more than 1000 literals and SQL Server more
 * than 2100 parameters, so one bulk read becomes a few bounded queries instead of one per item.
 */
final class IdChunks {
  static final int SIZE = 500;

  private IdChunks() {}

  static List<List<Long>> of(Collection<Long> ids) {
    List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    distinct.removeIf(id -> id == null);
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += SIZE) {
      chunks.add(distinct.subList(from, Math.min(distinct.size(), from + SIZE)));
    }
    return chunks;
  }

  /** "ISSUE_ID IN (?,?,?)" for a chunk. */
  static String inClause(String column, List<Long> chunk) {
    return column
        + " IN ("
        + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
        + ")";
  }
}
