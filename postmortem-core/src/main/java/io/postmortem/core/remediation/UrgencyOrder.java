package io.postmortem.core.remediation;

import java.util.Comparator;

/**
 * Most urgent first: by primary state; overdue items by days overdue (most first), dated items by
 * how soon they are due; then by the incident's severity (SEV_1 first), then oldest first, then by
 * key so the order is stable across pages and refreshes.
 */
public final class UrgencyOrder implements Comparator<ItemAssessment> {
  private static final Comparator<ItemAssessment> ORDER =
      Comparator.comparing(ItemAssessment::primaryState)
          .thenComparing(
              a -> a.daysUntilDue() == null ? Long.MAX_VALUE : a.daysUntilDue(),
              Comparator.naturalOrder())
          .thenComparing(a -> a.item().severity())
          .thenComparing(ItemAssessment::ageDays, Comparator.reverseOrder())
          .thenComparing(a -> a.item().key());

  @Override
  public int compare(ItemAssessment left, ItemAssessment right) {
    return ORDER.compare(left, right);
  }
}
