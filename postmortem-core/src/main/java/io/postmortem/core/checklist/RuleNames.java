package io.postmortem.core.checklist;

import java.util.Comparator;

/** Suggests the rule an admin meant when they mistyped a rule id ({@code timline}). */
final class RuleNames {

  private RuleNames() {}

  /**
   * The rule id closest to {@code typed} by edit distance; ties go to the first in report order.
   */
  static String closest(String typed) {
    return StandardChecklist.ruleIds().stream()
        .min(Comparator.comparingInt(id -> distance(typed, id)))
        .orElse("");
  }

  /** Levenshtein distance; typed ids are at most a key's length, so the table stays small. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
