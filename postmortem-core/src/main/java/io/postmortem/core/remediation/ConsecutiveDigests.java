package io.postmortem.core.remediation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Groups entries that arrive ordered by recipient into one digest per recipient. Because the search
 * is sorted by recipient, a digest is complete as soon as the next recipient appears, so the
 * reminder job holds one page plus one capped digest in memory whatever the number of items. Not
 * thread-safe: one per job run.
 */
public final class ConsecutiveDigests<E> {
  private final int maxEntries;
  private String recipient;
  private List<E> entries = new ArrayList<>();
  private int omitted;

  public ConsecutiveDigests(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
    this.maxEntries = maxEntries;
  }

  /** Adds an entry; returns the previous recipient's digest when this entry starts a new one. */
  public Optional<Digest<E>> add(String recipientKey, E entry) {
    Objects.requireNonNull(recipientKey, "recipientKey");
    Optional<Digest<E>> completed = Optional.empty();
    if (recipient != null && !recipient.equals(recipientKey)) {
      completed = finish();
    }
    recipient = recipientKey;
    if (entries.size() < maxEntries) {
      entries.add(entry);
    } else {
      omitted++;
    }
    return completed;
  }

  /** The last recipient's digest, if any entries are pending; the collector is then empty. */
  public Optional<Digest<E>> finish() {
    if (recipient == null) {
      return Optional.empty();
    }
    Digest<E> digest = new Digest<>(recipient, entries, omitted);
    recipient = null;
    entries = new ArrayList<>();
    omitted = 0;
    return Optional.of(digest);
  }
}
