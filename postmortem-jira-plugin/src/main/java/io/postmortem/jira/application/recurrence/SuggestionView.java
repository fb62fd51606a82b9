package io.postmortem.jira.application.recurrence;

import java.util.List;

/**
 * One suggestion.
 *
 * @param key the earlier issue's key
 * @param summary its summary
 * @param score similarity in percent
 * @param sharedFacets components and labels both share
 * @param sharedTerms the words that weigh most in the similarity
 * @param verdict {@code UNMARKED}, {@code RELATED} or {@code UNRELATED}
 * @param items its remediation items the viewer may see
 * @param hiddenItems how many of its items the viewer may not see
 */
public record SuggestionView(
    String key,
    String summary,
    int score,
    List<String> sharedFacets,
    List<String> sharedTerms,
    String verdict,
    List<EarlierItemView> items,
    int hiddenItems) {
  public SuggestionView {
    sharedFacets = List.copyOf(sharedFacets);
    sharedTerms = List.copyOf(sharedTerms);
    items = List.copyOf(items);
  }

  public boolean hasItems() {
    return !items.isEmpty();
  }

  public boolean hasFacets() {
    return !sharedFacets.isEmpty();
  }

  public boolean hasTerms() {
    return !sharedTerms.isEmpty();
  }
}
