package io.postmortem.core.recurrence;

import io.postmortem.core.postmortem.ActionItem;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

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
    Instant latest =
        recurrences.stream().map(Recurrence::markedAt).max(Instant::compareTo).orElse(null);
    if (latest == null) {
      return List.of();
    }
    return items.stream()
        .filter(ActionItem::done)
        .filter(item -> item.createdAt() == null || !item.createdAt().isAfter(latest))
        .map(ActionItem::key)
        .toList();
  }
}
