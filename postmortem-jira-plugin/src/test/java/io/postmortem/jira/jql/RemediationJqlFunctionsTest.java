package io.postmortem.jira.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.postmortem.jira.application.search.CappedIssueSearch;
import io.postmortem.jira.testing.TestScope;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class RemediationJqlFunctionsTest {
  private final SearchService searchService = mock(SearchService.class);
  private final IssueManager issueManager = mock(IssueManager.class);
  private final PermissionManager permissions = mock(PermissionManager.class);
  private final I18nHelper.BeanFactory i18nFactory = mock(I18nHelper.BeanFactory.class);
  private final I18nHelper german = mock(I18nHelper.class);
  private final ApplicationUser searcher = mock(ApplicationUser.class);
  private final QueryCreationContext context = mock(QueryCreationContext.class);
  private final TerminalClause clause = mock(TerminalClause.class);
  private final List<String> searchedJql = new ArrayList<>();
  private final CappedIssueSearch search = new CappedIssueSearch(searchService);
  private final TestScope scope = new TestScope();
  private final RequestMemo memo = new RequestMemo(() -> null);

  @Before
  public void jiraWithTwoMatchingIssues() throws Exception {
    when(i18nFactory.getInstance(searcher)).thenReturn(german);
    when(german.getLocale()).thenReturn(Locale.GERMAN);
    when(german.getText(eq("postmortem.jql.arguments"), any(Object.class)))
        .thenAnswer(
            c ->
                new MessageFormat(
                        "Die Funktion {0} erwartet {1,choice,0#keine Argumente|1#1 Argument"
                            + "|1<{1,number,integer} Argumente}.",
                        Locale.GERMAN)
                    .format(c.<List<?>>getArgument(1).toArray()));
    when(german.getText(eq("postmortem.jql.issue.unknown"), anyString()))
        .thenAnswer(c -> "Vorgang " + c.getArgument(1) + " gibt es nicht oder ist nicht sichtbar");
    when(context.getApplicationUser()).thenReturn(searcher);
    when(searchService.parseQuery(eq(searcher), anyString()))
        .thenAnswer(
            c -> {
              searchedJql.add(c.getArgument(1));
              SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
              when(parsed.isValid()).thenReturn(true);
              when(parsed.getQuery()).thenReturn(mock(Query.class));
              return parsed;
            });
    Issue first = issue(11L);
    Issue second = issue(12L);
    @SuppressWarnings("unchecked")
    SearchResults<Issue> results = mock(SearchResults.class);
    when(results.getResults()).thenReturn(List.of(first, second));
    when(searchService.search(eq(searcher), any(), any())).thenReturn(results);
  }

  @Test
  public void openRemediationItemsAnswersWithTheIdsOfOneBoundedSearch() throws Exception {
    OpenRemediationItemsFunction function =
        new OpenRemediationItemsFunction(i18nFactory, memo, search, scope);

    List<QueryLiteral> values =
        function.getValues(context, new FunctionOperand("openRemediationItems"), clause);

    assertEquals(List.of(11L, 12L), values.stream().map(QueryLiteral::getLongValue).toList());
    assertEquals(List.of("(issuetype = 10101) AND resolution is EMPTY"), searchedJql);
    ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
    verify(searchService).search(eq(searcher), any(), pager.capture());
    assertEquals(CappedIssueSearch.MAX_RESULTS, pager.getValue().getMax());
    assertEquals(JiraDataTypes.ISSUE, function.getDataType());
  }

  @Test
  public void overdueRemediationItemsSearchesDueDatesBeforeToday() {
    new OverdueRemediationItemsFunction(i18nFactory, memo, search, scope)
        .getValues(context, new FunctionOperand("overdueRemediationItems"), clause);

    assertEquals(
        List.of("(issuetype = 10101) AND resolution is EMPTY AND duedate < startOfDay()"),
        searchedJql);
  }

  @Test
  public void unconfirmedRemediationItemsAreUnassignedOrNotInTheConfirmedList() {
    new UnconfirmedRemediationItemsFunction(i18nFactory, memo, search, scope)
        .getValues(context, new FunctionOperand("unconfirmedRemediationItems"), clause);

    assertTrue(
        searchedJql
            .get(0)
            .endsWith("(assignee is EMPTY OR issue not in confirmedRemediationItems())"));
  }

  @Test
  public void noArgumentFunctionRejectsAnArgumentInTheSearchersLanguage() {
    MessageSet messages =
        new OpenRemediationItemsFunction(i18nFactory, memo, search, scope)
            .validate(searcher, new FunctionOperand("openRemediationItems", "PM-1"), clause);

    assertEquals(
        List.of("Die Funktion openRemediationItems erwartet keine Argumente."),
        List.copyOf(messages.getErrorMessages()));
  }

  @Test
  public void remediationItemsOfFindsSubTasksAndLinkedItemsOfAVisiblePostmortem() {
    visible("PM-1");
    RemediationItemsOfFunction function = itemsOf();

    MessageSet messages =
        function.validate(searcher, new FunctionOperand("remediationItemsOf", "PM-1"), clause);
    List<QueryLiteral> values =
        function.getValues(context, new FunctionOperand("remediationItemsOf", "PM-1"), clause);

    assertFalse(messages.hasAnyErrors());
    assertEquals(2, values.size());
    assertEquals(
        List.of("(issuetype = 10101) AND (parent = \"PM-1\" OR issue in linkedIssues(\"PM-1\"))"),
        searchedJql.stream().distinct().toList());
  }

  @Test
  public void remediationItemsOfAnInvisiblePostmortemIsAnErrorLikeAnUnknownOne() {
    MutableIssue hidden = mock(MutableIssue.class);
    when(issueManager.getIssueObject("PM-9")).thenReturn(hidden);
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, hidden, searcher))
        .thenReturn(false);
    RemediationItemsOfFunction function = itemsOf();

    MessageSet hiddenMessages =
        function.validate(searcher, new FunctionOperand("remediationItemsOf", "PM-9"), clause);
    MessageSet unknownMessages =
        function.validate(searcher, new FunctionOperand("remediationItemsOf", "PM-404"), clause);
    List<QueryLiteral> values =
        function.getValues(context, new FunctionOperand("remediationItemsOf", "PM-9"), clause);

    assertEquals(
        List.of("Vorgang PM-9 gibt es nicht oder ist nicht sichtbar"),
        List.copyOf(hiddenMessages.getErrorMessages()));
    assertEquals(
        List.of("Vorgang PM-404 gibt es nicht oder ist nicht sichtbar"),
        List.copyOf(unknownMessages.getErrorMessages()));
    assertEquals(List.of(), values);
    verify(searchService, never()).parseQuery(any(), anyString());
  }

  @Test
  public void remediationItemsOfNeedsExactlyOneKey() {
    MessageSet messages =
        itemsOf().validate(searcher, new FunctionOperand("remediationItemsOf"), clause);

    assertEquals(
        List.of("Die Funktion remediationItemsOf erwartet 1 Argument."),
        List.copyOf(messages.getErrorMessages()));
    assertEquals(1, itemsOf().getMinimumNumberOfExpectedArguments());
  }

  @Test
  public void postmortemsOfSearchesPostmortemsLinkedToTheIncident() {
    visible("INC-7");

    new PostmortemsOfFunction(i18nFactory, memo, issueManager, permissions, search, scope)
        .getValues(context, new FunctionOperand("postmortemsOf", "INC-7"), clause);

    assertEquals(List.of("(issuetype = 10100) AND issue in linkedIssues(\"INC-7\")"), searchedJql);
  }

  @Test
  public void postmortemsOfAnIncidentTheSearcherCannotBrowseAnswersNothing() throws Exception {
    MutableIssue hidden = mock(MutableIssue.class);
    when(issueManager.getIssueObject("SECINC-1")).thenReturn(hidden);

    List<QueryLiteral> values =
        new PostmortemsOfFunction(i18nFactory, memo, issueManager, permissions, search, scope)
            .getValues(context, new FunctionOperand("postmortemsOf", "SECINC-1"), clause);

    assertEquals(List.of(), values);
    verify(searchService, never()).search(any(), any(), any());
  }

  @Test
  public void invalidBuiltQueryAnswersWithNoIssues() {
    when(searchService.parseQuery(eq(searcher), anyString()))
        .thenAnswer(
            c -> {
              SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
              when(parsed.isValid()).thenReturn(false);
              return parsed;
            });

    assertEquals(List.of(), search.ids(searcher, "issuetype = nope").ids());
  }

  private RemediationItemsOfFunction itemsOf() {
    return new RemediationItemsOfFunction(
        i18nFactory, memo, issueManager, permissions, search, scope);
  }

  private void visible(String key) {
    MutableIssue issue = mock(MutableIssue.class);
    when(issue.getKey()).thenReturn(key);
    when(issueManager.getIssueObject(key)).thenReturn(issue);
    when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher))
        .thenReturn(true);
  }

  private static Issue issue(long id) {
    Issue issue = mock(Issue.class);
    when(issue.getId()).thenReturn(id);
    return issue;
  }
}
