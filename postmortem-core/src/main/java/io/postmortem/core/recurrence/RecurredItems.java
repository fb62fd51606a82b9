package io.postmortem.core.recurrence;

import io.postmortem.core.postmortem.ActionItem;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which remediation items of an earlier postmortem "recurred": the items that were done when a
 * later postmortem's author marked that postmortem (or the incident it reviews) as related. The fix
 * was meant to stop the incident happening again and it happened again, so the owner should look at
 * the fix once more. Items still open are not flagged (they are still being worked on), and items
 * created after the last recurrence was recognised are the answer to it, not the fix that failed.
 */
public final class RecurredItems {
  private RecurredItems() {}

  /**
   * A later postmortem's verdict that the earlier issue recurred.
   *
   * @param laterPostmortemId the postmortem whose author marked the earlier issue related
   * @param markedAt when the verdict was given
   */
  public record Recurrence(long laterPostmortemId, Instant markedAt) {
    public Recurrence {
      Objects.requireNonNull(markedAt, "markedAt");
    }
  }

  /** The keys of the done items that recurred, in the items' order; none without a recurrence. */
  public static List<String> of(Collection<ActionItem> items, Collection<Recurrence> recurrences) {
    Instant latest = latest(recurrences).map(Recurrence::markedAt).orElse(null);
    if (latest == null) {
      return List.of();
    }
    return items.stream()
        .filter(ActionItem::done)
        .filter(item -> item.createdAt() == null || !item.createdAt().isAfter(latest))
        .map(ActionItem::key)
        .toList();
  }

  /**
   * The recurrence that counts for an earlier postmortem: the latest one. Its moment is the cut-off
   * for the items (created up to it), and its later postmortem is the one the owners hear of.
   */
  public static Optional<Recurrence> latest(Collection<Recurrence> recurrences) {
    return recurrences.stream()
        .max(
            Comparator.comparing(Recurrence::markedAt)
                .thenComparing(Recurrence::laterPostmortemId));
  }
}
