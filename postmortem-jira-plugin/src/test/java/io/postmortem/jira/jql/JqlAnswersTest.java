package io.postmortem.jira.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.search.CappedIssueSearch;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.TestScope;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/** What a searcher gets from the functions: current truth, no silent cut, checked arguments. */
public class JqlAnswersTest {
  private static final LocalDate DUE = LocalDate.of(2027, 4, 1);
  private static final Instant CONFIRMED_AT = Instant.parse("2027-03-01T10:00:00Z");

  private final SearchService searchService = mock(SearchService.class);
  private final I18nHelper.BeanFactory i18nFactory = mock(I18nHelper.BeanFactory.class);
  private final I18nHelper german = mock(I18nHelper.class);
  private final ApplicationUser searcher = FakeJira.user("JIRAUSER10300", "Searcher");
  private final ApplicationUser alice = FakeJira.user("JIRAUSER10100", "Alice");
  private final ApplicationUser bob = FakeJira.user("JIRAUSER10200", "Bob");
  private final QueryCreationContext context = mock(QueryCreationContext.class);
  private final TerminalClause clause = mock(TerminalClause.class);
  private final InMemoryPostmortemRecords records = new InMemoryPostmortemRecords();
  private final List<String> searchedJql = new ArrayList<>();
  private final List<Issue> found = new ArrayList<>();
  private final Map<String, Object> requestAttributes = new HashMap<>();
  private RequestMemo memo = new RequestMemo(() -> null);
  private int total = -1;

  @Before
  public void jiraAnsweringWithTheFoundIssues() throws Exception {
    when(i18nFactory.getInstance(searcher)).thenReturn(german);
    when(german.getLocale()).thenReturn(Locale.GERMAN);
    when(german.getText(eq("postmortem.jql.capped"), anyString(), anyString()))
        .thenAnswer(c -> c.getArgument(1) + " endet bei " + c.getArgument(2) + " Vorgängen");
    when(german.getText(eq("postmortem.jql.issue.key"), anyString(), anyString()))
        .thenAnswer(c -> c.getArgument(2) + " ist kein Vorgangsschlüssel");
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
    when(searchService.search(eq(searcher), any(), any()))
        .thenAnswer(
            c -> {
              @SuppressWarnings("unchecked")
              SearchResults<Issue> results = mock(SearchResults.class);
              when(results.getResults()).thenReturn(List.copyOf(found));
              when(results.getTotal()).thenReturn(total < 0 ? found.size() : total);
              return results;
            });
  }

  @Test
  public void confirmedItemsLeaveOutConfirmationsVoidedByANewAssigneeOrDueDate() {
    Issue current = item(1, alice, DUE);
    Issue reassigned = item(2, bob, DUE);
    Issue moved = item(3, alice, DUE.plusDays(20));
    records.confirm(1, new OwnershipConfirmation(alice.getKey(), CONFIRMED_AT, DUE));
    records.confirm(2, new OwnershipConfirmation(alice.getKey(), CONFIRMED_AT, DUE));
    records.confirm(3, new OwnershipConfirmation(alice.getKey(), CONFIRMED_AT, DUE));
    found.addAll(List.of(current, reassigned, moved));

    List<Long> ids = ids(confirmed().getValues(context, operand(), clause));

    assertEquals(List.of(1L), ids);
    assertEquals(
        List.of("(issuetype = 10101) AND resolution is EMPTY AND assignee is not EMPTY"),
        searchedJql);
  }

  @Test
  public void aCapThatIsHitWarnsTheSearcherInTheirLanguage() {
    found.add(item(1, alice, DUE));
    total = CappedIssueSearch.MAX_RESULTS + 1;

    MessageSet messages =
        new OpenRemediationItemsFunction(
                i18nFactory, memo, new CappedIssueSearch(searchService), new TestScope())
            .validate(searcher, new FunctionOperand("openRemediationItems"), clause);

    assertFalse(messages.hasAnyErrors());
    assertEquals(
        List.of("openRemediationItems endet bei 1000 Vorgängen"),
        List.copyOf(messages.getWarningMessages()));
  }

  @Test
  public void anAnswerWithinItsCapCarriesNoWarning() {
    found.add(item(1, alice, DUE));

    MessageSet messages = confirmed().validate(searcher, operand(), clause);

    assertFalse(messages.hasAnyWarnings());
  }

  @Test
  public void aFunctionIsEvaluatedOncePerRequest() throws Exception {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getAttribute(anyString()))
        .thenAnswer(c -> requestAttributes.get(c.getArgument(0)));
    doAnswer(c -> requestAttributes.put(c.getArgument(0), c.getArgument(1)))
        .when(request)
        .setAttribute(anyString(), any());
    memo = new RequestMemo(() -> request);
    Issue item = item(1, alice, DUE);
    records.confirm(1, new OwnershipConfirmation(alice.getKey(), CONFIRMED_AT, DUE));
    found.add(item);
    ConfirmedRemediationItemsFunction function = confirmed();

    function.validate(searcher, operand(), clause);
    function.getValues(context, operand(), clause);
    List<Long> again = ids(function.getValues(context, operand(), clause));

    assertEquals(List.of(1L), again);
    verify(searchService, times(1)).search(eq(searcher), any(), any());
    assertEquals(1, records.confirmationReads());
  }

  @Test
  public void aMegabyteArgumentIsRefusedBeforeJiraLooksItUp() {
    IssueManager issueManager = mock(IssueManager.class);
    RemediationItemsOfFunction function =
        new RemediationItemsOfFunction(
            i18nFactory,
            memo,
            issueManager,
            mock(PermissionManager.class),
            new CappedIssueSearch(searchService),
            new TestScope());
    String megabyte = "PM-" + "1".repeat(1 << 20);
    FunctionOperand operand = new FunctionOperand("remediationItemsOf", megabyte);

    MessageSet messages = function.validate(searcher, operand, clause);
    List<QueryLiteral> values = function.getValues(context, operand, clause);

    String message = messages.getErrorMessages().iterator().next();
    assertTrue(message, message.endsWith("\u2026 ist kein Vorgangsschlüssel"));
    assertTrue(message.length() < 100);
    assertEquals(List.of(), values);
    verify(issueManager, never()).getIssueObject(anyString());
    verify(searchService, never()).parseQuery(any(), anyString());
  }

  @Test
  public void aRefusedArgumentOfFortyCharactersIsQuotedWholeAndALongerOneIsCutAfterForty() {
    String forty = "x".repeat(40);
    PostmortemsOfFunction function =
        new PostmortemsOfFunction(
            i18nFactory,
            memo,
            mock(IssueManager.class),
            mock(PermissionManager.class),
            new CappedIssueSearch(searchService),
            new TestScope());

    MessageSet whole =
        function.validate(searcher, new FunctionOperand("postmortemsOf", forty), clause);
    MessageSet cut =
        function.validate(searcher, new FunctionOperand("postmortemsOf", forty + "y"), clause);

    assertEquals(
        List.of(forty + " ist kein Vorgangsschlüssel"), List.copyOf(whole.getErrorMessages()));
    assertEquals(
        List.of(forty + "\u2026 ist kein Vorgangsschlüssel"), List.copyOf(cut.getErrorMessages()));
  }

  @Test
  public void somethingThatIsNotAnIssueKeyIsRefusedNamingIt() {
    IssueManager issueManager = mock(IssueManager.class);
    MessageSet messages =
        new PostmortemsOfFunction(
                i18nFactory,
                memo,
                issueManager,
                mock(PermissionManager.class),
                new CappedIssueSearch(searchService),
                new TestScope())
            .validate(searcher, new FunctionOperand("postmortemsOf", "x\" OR 1=1"), clause);

    assertEquals(
        List.of("x\" OR 1=1 ist kein Vorgangsschlüssel"), List.copyOf(messages.getErrorMessages()));
    verify(issueManager, never()).getIssueObject(anyString());
  }

  @Test
  public void linkedItemsAreTheOpenEndsSoDoneItemsNeverCrowdOutAnOpenOne() {
    List<IssueLink> all = new ArrayList<>();
    for (long id = 1; id <= LinkedRemediationItemsFunction.MAX_ITEMS + 1; id++) {
      all.add(link(id, 1_000_000L + id, id));
    }
    Issue oldestButOpen = item(1, alice, DUE);
    found.add(oldestButOpen);
    LinkedRemediationItemsFunction function = linked(all);

    MessageSet messages = function.validate(searcher, linkedOperand(), clause);
    List<Long> ids = ids(function.getValues(context, linkedOperand(), clause));

    assertEquals(List.of(1L), ids);
    assertFalse(messages.hasAnyWarnings());
    String jql = searchedJql.get(0);
    assertTrue(jql, jql.startsWith("resolution is EMPTY AND NOT (issuetype = 10100) AND id in ("));
    assertTrue("the oldest link's item is asked about", jql.contains(",1)"));
  }

  @Test
  public void linkedItemsPastTheCapWarnTheSearcherInTheirLanguage() {
    found.add(item(1, alice, DUE));
    total = LinkedRemediationItemsFunction.MAX_ITEMS + 1;
    LinkedRemediationItemsFunction function = linked(List.of(link(1, 500, 1)));

    MessageSet messages = function.validate(searcher, linkedOperand(), clause);

    assertEquals(
        List.of("linkedRemediationItems endet bei 10000 Vorgängen"),
        List.copyOf(messages.getWarningMessages()));
  }

  @Test
  public void linkedItemsAreSearchedOncePerRequestWhateverTheNumberOfLinks() throws Exception {
    memo = requestScopedMemo();
    List<IssueLink> all = new ArrayList<>();
    for (long id = 1; id <= 30_000; id++) {
      all.add(link(id, 1_000_000L + id, id));
    }
    found.add(item(7, alice, DUE));
    IssueLinkManager links = mock(IssueLinkManager.class);
    when(links.getIssueLinks(TestScope.REMEDIATION_LINK)).thenReturn(all);
    LinkedRemediationItemsFunction function =
        new LinkedRemediationItemsFunction(
            i18nFactory, memo, links, new CappedIssueSearch(searchService), new TestScope());

    function.validate(searcher, linkedOperand(), clause);
    function.getValues(context, linkedOperand(), clause);
    List<Long> again = ids(function.getValues(context, linkedOperand(), clause));

    assertEquals(List.of(7L), again);
    verify(links, times(1)).getIssueLinks(TestScope.REMEDIATION_LINK);
    verify(searchService, times(1)).search(eq(searcher), any(), any());
  }

  @Test
  public void doneAndOpenLinkEndsPastTheirCapWarnAndKeepTheNewestLinks() {
    List<IssueLink> all = new ArrayList<>();
    for (long id = 1; id <= RemediationLinkEndsFunction.MAX_ENDS / 2 + 1; id++) {
      all.add(link(id, 1_000_000L + id, id));
    }
    IssueLinkManager links = mock(IssueLinkManager.class);
    when(links.getIssueLinks(TestScope.REMEDIATION_LINK)).thenReturn(all);
    RemediationLinkEndsFunction function =
        new RemediationLinkEndsFunction(i18nFactory, memo, links, new TestScope());
    FunctionOperand operand = new FunctionOperand("remediationLinkEnds");

    MessageSet messages = function.validate(searcher, operand, clause);
    List<Long> ids = ids(function.getValues(context, operand, clause));

    assertEquals(
        List.of("remediationLinkEnds endet bei 20000 Vorgängen"),
        List.copyOf(messages.getWarningMessages()));
    assertTrue(ids.contains((long) RemediationLinkEndsFunction.MAX_ENDS / 2 + 1));
    assertFalse("the oldest link is the one left out", ids.contains(1L));
    assertEquals(List.of(), searchedJql);
  }

  private LinkedRemediationItemsFunction linked(List<IssueLink> all) {
    IssueLinkManager links = mock(IssueLinkManager.class);
    when(links.getIssueLinks(TestScope.REMEDIATION_LINK)).thenReturn(all);
    return new LinkedRemediationItemsFunction(
        i18nFactory, memo, links, new CappedIssueSearch(searchService), new TestScope());
  }

  private static FunctionOperand linkedOperand() {
    return new FunctionOperand("linkedRemediationItems");
  }

  /**
   * A link with its ids only, as the functions read it. A plain object, not a Mockito mock: the cap
   * tests build 10,001 to 30,000 links, which took seconds as mocks (and so every mutant that these
   * tests cover, under PIT).
   */
  private static IssueLink link(long id, long source, long destination) {
    return new IdsOnlyLink(id, source, destination);
  }

  private record IdsOnlyLink(Long getId, Long getSourceId, Long getDestinationId)
      implements IssueLink {
    @Override
    public Issue getSourceObject() {
      throw new UnsupportedOperationException("the functions read ids only");
    }

    @Override
    public Issue getDestinationObject() {
      throw new UnsupportedOperationException("the functions read ids only");
    }

    @Override
    public Long getLinkTypeId() {
      throw new UnsupportedOperationException("the functions read ids only");
    }

    @Override
    public IssueLinkType getIssueLinkType() {
      throw new UnsupportedOperationException("the functions read ids only");
    }
  }

  private RequestMemo requestScopedMemo() {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getAttribute(anyString()))
        .thenAnswer(c -> requestAttributes.get(c.getArgument(0)));
    doAnswer(c -> requestAttributes.put(c.getArgument(0), c.getArgument(1)))
        .when(request)
        .setAttribute(anyString(), any());
    return new RequestMemo(() -> request);
  }

  private ConfirmedRemediationItemsFunction confirmed() {
    return new ConfirmedRemediationItemsFunction(
        i18nFactory, memo, new CappedIssueSearch(searchService), new TestScope(), records);
  }

  private static FunctionOperand operand() {
    return new FunctionOperand("confirmedRemediationItems");
  }

  private static Issue item(long id, ApplicationUser assignee, LocalDate due) {
    return FakeJira.item(id, "OPS-" + id, "Item " + id, assignee, due, DUE.minusDays(30), null);
  }

  private static List<Long> ids(List<QueryLiteral> values) {
    return values.stream().map(QueryLiteral::getLongValue).toList();
  }
}
