package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/**
 * The recurrence guard's answer as the REST resource returns it and the panel renders it: plain
 * values only, each already permission-filtered.
 *
 * @param postmortemKey the postmortem
 * @param suggestions the suggestions the viewer may see, most alike first
 * @param hidden how many suggestions the viewer may not see
 * @param candidates how many earlier issues were compared
 * @param capped whether more matched than the search fetches
 */
public record RecurrenceView(
    String postmortemKey,
    List<SuggestionView> suggestions,
    int hidden,
    int candidates,
    boolean capped) {

  public RecurrenceView {
    suggestions = List.copyOf(suggestions);
  }

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
      List<ItemView> items,
      int hiddenItems) {
    public SuggestionView {
      sharedFacets = List.copyOf(sharedFacets);
      sharedTerms = List.copyOf(sharedTerms);
      items = List.copyOf(items);
    }
  }

  /**
   * An earlier remediation item.
   *
   * @param key its key
   * @param summary its summary
   * @param status its Jira status name
   * @param done whether it is resolved
   */
  public record ItemView(String key, String summary, String status, boolean done) {}

  public static RecurrenceView of(RecurrenceReview review) {
    return new RecurrenceView(
        review.postmortemKey(),
        review.shown().stream().map(RecurrenceView::suggestion).toList(),
        review.hidden(),
        review.candidates(),
        review.capped());
  }

  private static SuggestionView suggestion(RecurrenceReview.Suggestion suggestion) {
    return new SuggestionView(
        suggestion.issue().getKey(),
        text(suggestion.issue().getSummary()),
        (int) Math.round(suggestion.ranking().score() * 100),
        suggestion.ranking().sharedFacets(),
        suggestion.ranking().sharedTerms(),
        suggestion.verdict().name(),
        suggestion.items().stream().map(RecurrenceView::item).toList(),
        suggestion.hiddenItems());
  }

  private static ItemView item(Issue item) {
    return new ItemView(
        item.getKey(),
        text(item.getSummary()),
        item.getStatus() == null ? "" : text(item.getStatus().getName()),
        item.getResolutionDate() != null);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
