package io.postmortem.core.recurrence;

import java.util.List;
import java.util.Objects;

/**
 * An earlier incident that rhymes with the current one.
 *
 * @param key the earlier incident's key
 * @param score similarity from 0 (nothing in common) to 1
 * @param sharedFacets components, labels or services both are filed under
 * @param sharedTerms the words that weigh most in the similarity, most telling first (at most 5)
 */
public record Recurrence(
    String key, double score, List<String> sharedFacets, List<String> sharedTerms) {
  public Recurrence {
    Objects.requireNonNull(key, "key");
    sharedFacets = List.copyOf(sharedFacets);
    sharedTerms = List.copyOf(sharedTerms);
  }
}
