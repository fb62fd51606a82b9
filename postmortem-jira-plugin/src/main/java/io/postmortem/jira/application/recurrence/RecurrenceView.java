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

  public boolean hasSuggestions() {
    return !suggestions.isEmpty();
  }

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

  private static EarlierItemView item(Issue item) {
    return new EarlierItemView(
        item.getKey(),
        text(item.getSummary()),
        item.getStatus() == null ? "" : text(item.getStatus().getName()),
        item.getResolutionDate() != null);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
