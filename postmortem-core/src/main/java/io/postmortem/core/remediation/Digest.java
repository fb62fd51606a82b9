package io.postmortem.core.remediation;

import java.util.List;
import java.util.Objects;

/**
 * The entries one person gets in one digest.
 *
 * @param recipientKey user key of the recipient
 * @param entries the listed entries, at most the planner's cap
 * @param omitted how many more entries there were beyond the cap
 * @param hidden entries left out because the recipient may not see their issue: counted in the
 *     mail, never named
 */
public record Digest<E>(String recipientKey, List<E> entries, int omitted, int hidden) {
  public Digest {
    Objects.requireNonNull(recipientKey, "recipientKey");
    entries = List.copyOf(entries);
  }

  public Digest(String recipientKey, List<E> entries, int omitted) {
    this(recipientKey, entries, omitted, 0);
  }

  /** The entries the recipient may read about, listed or beyond the cap. */
  public int total() {
    return entries.size() + omitted;
  }
}
