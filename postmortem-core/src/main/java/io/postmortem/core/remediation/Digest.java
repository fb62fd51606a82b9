package io.postmortem.core.remediation;

import java.util.List;
import java.util.Objects;

/**
 * The entries one person gets in one digest.
 *
 * @param recipientKey user key of the recipient
 * @param entries the listed entries, at most the planner's cap
 * @param omitted how many more entries there were beyond the cap
 */
public record Digest<E>(String recipientKey, List<E> entries, int omitted) {
  public Digest {
    Objects.requireNonNull(recipientKey, "recipientKey");
    entries = List.copyOf(entries);
  }

  public int total() {
    return entries.size() + omitted;
  }
}
