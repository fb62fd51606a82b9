package io.postmortem.jira.application.recurrence;

import static io.postmortem.jira.application.recurrence.RecurrenceFixture.items;
import static io.postmortem.jira.application.recurrence.RecurrenceFixture.labels;
import static io.postmortem.jira.application.recurrence.RecurrenceFixture.postmortem;
import static io.postmortem.jira.application.recurrence.RecurrenceFixture.reading;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mockingDetails;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import io.postmortem.core.recurrence.Verdict;
import io.postmortem.jira.testing.FakeJira;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class RecurrenceGuardTest {

  private static final LocalDate EARLIER = LocalDate.parse("2026-01-05");
  private final RecurrenceFixture fixture = new RecurrenceFixture();
  private final ApplicationUser ann = FakeJira.user("ann", "Ann");
  private final Issue current =
      postmortem(
          900L,
          "PM-9",
          "Checkout API timeouts: database connection pool exhausted",
          LocalDate.parse("2026-12-01"),
          "database");
  private final Issue poolPostmortem =
      postmortem(
          100L,
          "PM-1",
          "Database connection pool exhausted during the checkout sale",
          EARLIER,
          "database");
  private final Issue unrelated =
      postmortem(200L, "PM-2", "Typo in the marketing newsletter", EARLIER, "email");

  public RecurrenceGuardTest() throws Exception {}

  @Test
  public void suggestsTheEarlierPostmortemOfTheSameFailureWithItsItemsAndTheirStates() {
    List<Issue> done = items(poolPostmortem, 101L, 2, true);
    fixture.jira.answering("issuetype in", List.of(poolPostmortem, unrelated));

    RecurrenceReview review = fixture.guard.review(current, reading(current), ann);

    assertEquals(1, review.shown().size());
    RecurrenceReview.Suggestion suggestion = review.shown().get(0);
    assertEquals("PM-1", suggestion.issue().getKey());
    assertEquals(Verdict.UNMARKED, suggestion.verdict());
    assertEquals(List.of("database"), suggestion.ranking().sharedFacets());
    assertTrue(suggestion.ranking().sharedTerms().contains("pool"));
    assertEquals(done, suggestion.items());
    assertEquals(2, review.candidates());
    assertEquals(List.of(SuggestedRecurrence.unmarked("PM-1")), fixture.store.forPostmortem(900L));
  }

  @Test
  public void searchesEarlierIssuesOnceWithAPageLimitAndQuotesWhatUsersTyped() {
    labels(current, "sev\"1");
    fixture.jira.answering("issuetype in", List.of(poolPostmortem));

    fixture.guard.review(current, reading(current), ann);

    assertEquals(1, fixture.jira.parsedJql.size());
    String jql = fixture.jira.parsedJql.get(0);
    assertTrue(jql, jql.startsWith("issuetype in (\"10100\") AND issuekey not in (\"PM-9\")"));
    assertTrue(jql, jql.contains("created < \"2026/12/01 09:00\""));
    assertTrue(jql, jql.contains("component in (\"database\")"));
    assertTrue(jql, jql.contains("labels in (\"sev\\\"1\")"));
    assertTrue(jql, jql.contains("summary ~ \"connection\""));
    assertEquals(CandidateSearch.CAP, fixture.jira.pagers.get(0).getMax());
  }

  @Test
  public void countsButNeverShowsASuggestionTheViewerCannotBrowse() {
    fixture.jira.answering("issuetype in", List.of(poolPostmortem));
    fixture.hide(poolPostmortem);

    RecurrenceReview review = fixture.guard.review(current, reading(current), ann);

    assertEquals(List.of(), review.shown());
    assertEquals(1, review.hidden());
    assertEquals(List.of(SuggestedRecurrence.unmarked("PM-1")), fixture.store.forPostmortem(900L));
  }

  @Test
  public void countsButNeverShowsAnEarlierItemTheViewerCannotBrowse() {
    List<Issue> items = items(poolPostmortem, 101L, 3, false);
    fixture.jira.answering("issuetype in", List.of(poolPostmortem));
    fixture.hide(items.get(1));

    RecurrenceReview.Suggestion suggestion =
        fixture.guard.review(current, reading(current), ann).shown().get(0);

    assertEquals(
        List.of("OPS-101", "OPS-103"), suggestion.items().stream().map(Issue::getKey).toList());
    assertEquals(1, suggestion.hiddenItems());
  }

  @Test
  public void showsTheVerdictTheAuthorGaveOnTheNextView() {
    fixture.jira.answering("issuetype in", List.of(poolPostmortem));
    fixture.guard.review(current, reading(current), ann);
    fixture.store.mark(900L, 100L, Verdict.RELATED, "ann", Instant.parse("2026-12-02T10:00:00Z"));

    RecurrenceReview review = fixture.guard.review(current, reading(current), ann);

    assertEquals(Verdict.RELATED, review.shown().get(0).verdict());
  }

  @Test
  public void looksForNothingWhenThePostmortemHasNeitherFacetsNorWords() {
    Issue blank = postmortem(901L, "PM-10", "", LocalDate.parse("2026-12-01"));

    RecurrenceReview review = fixture.guard.review(blank, reading(blank), ann);

    assertEquals(List.of(), fixture.jira.parsedJql);
    assertEquals(0, review.candidates());
  }

  @Test
  public void jiraCallsPerViewStayTheSameWhateverTheNumberOfEarlierItems() {
    fixture.jira.answering("issuetype in", List.of(poolPostmortem));
    items(poolPostmortem, 101L, 1, true);
    fixture.guard.review(current, reading(current), ann);
    int withOneItem = jiraCalls();

    items(poolPostmortem, 101L, 500, true);
    fixture.guard.review(current, reading(current), ann);

    assertEquals(withOneItem, jiraCalls() - withOneItem);
  }

  private int jiraCalls() {
    return mockingDetails(fixture.jira.searchService).getInvocations().size()
        + mockingDetails(fixture.jira.links).getInvocations().size()
        + mockingDetails(fixture.jira.permissions).getInvocations().size();
  }
}
