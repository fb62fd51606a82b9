package io.postmortem.jira.application.search;

import java.util.List;

/**
 * A JQL function's answer: the issue ids, the cap they were cut at, and whether the cut dropped
 * any, which the searcher is then told about instead of silently getting fewer issues.
 */
public record CappedIds(List<Long> ids, int cap, boolean capped) {
  public CappedIds {
    ids = List.copyOf(ids);
  }

  public static CappedIds none(int cap) {
    return new CappedIds(List.of(), cap, false);
  }
}
