package io.postmortem.jira.jql;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.query.Query;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import io.postmortem.core.remediation.OpenRemediationItem;
import io.postmortem.core.remediation.RemediationClassifier;
import io.postmortem.core.remediation.RemediationPolicy;
import io.postmortem.core.remediation.RemediationState;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.search.CappedIssueSearch;
import io.postmortem.jira.application.search.StateClauses;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.TestScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The contract between the two ways an item's state is decided: the core classifier (rows, the
 * checklist, digests) and the JQL clauses of {@link StateClauses} (dashboard counts, state filter,
 * JQL functions). One table of items goes through both; each item must be in the same states. The
 * JQL side is evaluated by a small interpreter of exactly the clause grammar StateClauses writes,
 * with {@code confirmedRemediationItems()} answered by the real function.
 */
public class StateContractTest {
  /** A zone east of UTC, so a day boundary in the JVM's or UTC's zone would show. */
  private static final ZoneId VIEWER = ZoneId.of("Pacific/Auckland");

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
  private static final Instant NOW = TODAY.atTime(0, 30).atZone(VIEWER).toInstant();
  private static final RemediationPolicy POLICY = RemediationPolicy.defaults();

  private final ApplicationUser alice = FakeJira.user("JIRAUSER10100", "Alice");
  private final ApplicationUser bob = FakeJira.user("JIRAUSER10200", "Bob");
  private final InMemoryPostmortemRecords records = new InMemoryPostmortemRecords();
  private final Map<String, Issue> table = new LinkedHashMap<>();
  private long nextId = 1;

  @Test
  public void theClassifierAndTheJqlClausesPutEveryItemInTheSameStates() throws Exception {
    row("overdue, confirmed", alice, TODAY.minusDays(1), TODAY.minusDays(3), true, alice);
    row("due today", alice, TODAY, TODAY.minusDays(3), true, alice);
    row("due at the end of the window", alice, TODAY.plusDays(7), TODAY, true, alice);
    row("due just after the window", alice, TODAY.plusDays(8), TODAY, true, alice);
    row("no due date", alice, null, TODAY, true, alice);
    row("unassigned", null, TODAY.plusDays(30), TODAY, true, null);
    row("never confirmed", alice, TODAY.plusDays(30), TODAY, true, null);
    row("confirmed by the previous assignee", bob, TODAY.plusDays(30), TODAY, true, alice);
    voidedByDueDate("confirmed before the due date moved", alice, TODAY.plusDays(30));
    row(
        "unscheduled, created 14 days ago",
        alice,
        TODAY.plusDays(30),
        TODAY.minusDays(14),
        false,
        alice);
    row(
        "unscheduled, created 13 days ago",
        alice,
        TODAY.plusDays(30),
        TODAY.minusDays(13),
        false,
        alice);
    row("scheduled, old", alice, TODAY.plusDays(30), TODAY.minusDays(90), true, alice);
    row("on track", alice, TODAY.plusDays(30), TODAY.minusDays(2), true, alice);

    Map<String, Set<RemediationState>> byClassifier = classified();
    Map<String, Set<RemediationState>> byJql = queried();

    assertEquals(byClassifier, byJql);
    assertEquals(
        EnumSet.of(RemediationState.NO_CONFIRMED_OWNER),
        byJql.get("confirmed by the previous assignee"));
    assertEquals(
        EnumSet.of(RemediationState.NOT_SCHEDULED), byJql.get("unscheduled, created 14 days ago"));
  }

  private Map<String, Set<RemediationState>> classified() throws Exception {
    JiraTime time = FakeJira.time(Clock.fixed(NOW, VIEWER));
    FakeJira jira = new FakeJira();
    RemediationClassifier classifier = new RemediationClassifier(POLICY, time.viewerZone());
    List<OpenRemediationItem> items =
        jira.reader(records, new TestScope()).read(null, new ArrayList<>(table.values()));
    Map<String, Set<RemediationState>> states = new LinkedHashMap<>();
    for (OpenRemediationItem item : items) {
      states.put(item.item().summary(), classifier.assess(item, time.viewerToday()).states());
    }
    return states;
  }

  private Map<String, Set<RemediationState>> queried() throws Exception {
    Set<Long> confirmed = confirmedByTheFunction();
    StateClauses clauses = new StateClauses(POLICY);
    Map<String, Set<RemediationState>> states = new LinkedHashMap<>();
    for (Issue issue : table.values()) {
      EnumSet<RemediationState> found = EnumSet.noneOf(RemediationState.class);
      for (RemediationState state : RemediationState.values()) {
        if (new Jql(clauses.clause(state), issue, confirmed).matches()) {
          found.add(state);
        }
      }
      states.put(issue.getSummary(), found);
    }
    return states;
  }

  /** The real confirmedRemediationItems() over a Jira whose open, assigned items are the table. */
  private Set<Long> confirmedByTheFunction() throws Exception {
    SearchService searchService = mock(SearchService.class);
    SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
    lenient().when(parsed.isValid()).thenReturn(true);
    lenient().when(parsed.getQuery()).thenReturn(mock(Query.class));
    lenient().when(searchService.parseQuery(any(), anyString())).thenReturn(parsed);
    @SuppressWarnings("unchecked")
    SearchResults<Issue> assigned = mock(SearchResults.class);
    List<Issue> withAssignee =
        table.values().stream().filter(issue -> issue.getAssigneeId() != null).toList();
    lenient().when(assigned.getResults()).thenReturn(withAssignee);
    lenient().when(assigned.getTotal()).thenReturn(withAssignee.size());
    lenient().when(searchService.search(any(), any(), any())).thenReturn(assigned);
    QueryCreationContext context = mock(QueryCreationContext.class);
    lenient().when(context.getApplicationUser()).thenReturn(alice);
    ConfirmedRemediationItemsFunction function =
        new ConfirmedRemediationItemsFunction(
            mock(I18nHelper.BeanFactory.class),
            new RequestMemo(() -> null),
            new CappedIssueSearch(searchService),
            new TestScope(),
            records);
    return Set.copyOf(
        function
            .getValues(
                context,
                new FunctionOperand("confirmedRemediationItems"),
                mock(TerminalClause.class))
            .stream()
            .map(literal -> literal.getLongValue())
            .toList());
  }

  private void row(
      String summary,
      ApplicationUser assignee,
      LocalDate due,
      LocalDate created,
      boolean scheduled,
      ApplicationUser confirmedBy) {
    long id = nextId++;
    Issue issue = FakeJira.item(id, "OPS-" + id, summary, assignee, due, created, null);
    // Created just after midnight in the viewer's zone: the JVM's zone would see another day.
    lenient()
        .when(issue.getCreated())
        .thenReturn(Timestamp.from(created.atTime(0, 10).atZone(VIEWER).toInstant()));
    lenient()
        .when(issue.getFixVersions())
        .thenReturn(scheduled ? List.of(mock(Version.class)) : List.of());
    if (confirmedBy != null) {
      records.confirm(
          id, new OwnershipConfirmation(confirmedBy.getKey(), NOW.minusSeconds(3600), due));
    }
    table.put(summary, issue);
  }

  private void voidedByDueDate(String summary, ApplicationUser assignee, LocalDate due) {
    row(summary, assignee, due, TODAY.minusDays(1), true, null);
    long id = table.get(summary).getId();
    records.confirm(
        id,
        new OwnershipConfirmation(assignee.getKey(), NOW.minusSeconds(7200), due.minusDays(10)));
  }

  /**
   * Evaluates one StateClauses clause for one issue: AND, OR, NOT, parentheses, and the terms the
   * clauses use, with Jira's meaning of startOfDay()/endOfDay() in the viewer's zone.
   */
  private static final class Jql {
    private static final Pattern TOKEN =
        Pattern.compile(
            "\\s*(\\(|\\)|AND\\b|OR\\b|NOT\\b|"
                + "duedate < startOfDay\\(\\)|duedate >= startOfDay\\(\\)|"
                + "duedate <= endOfDay\\(\"\\+(\\d+)d\"\\)|duedate is EMPTY|assignee is EMPTY|"
                + "issue not in confirmedRemediationItems\\(\\)|fixVersion is not EMPTY|"
                + "sprint is not EMPTY|created < startOfDay\\(\"-(\\d+)d\"\\)|"
                + "created <= startOfDay\\(\"-(\\d+)d\"\\))");

    private final List<String[]> tokens = new ArrayList<>();
    private final Issue issue;
    private final Set<Long> confirmed;
    private int at;

    Jql(String clause, Issue issue, Set<Long> confirmed) {
      this.issue = issue;
      this.confirmed = confirmed;
      Matcher matcher = TOKEN.matcher(clause);
      int end = 0;
      while (end < clause.length() && matcher.find(end) && matcher.start() == end) {
        String days =
            matcher.group(2) != null
                ? matcher.group(2)
                : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
        tokens.add(new String[] {matcher.group(1), days});
        end = matcher.end();
      }
      if (end != clause.length()) {
        throw new IllegalArgumentException("clause the contract does not know: " + clause);
      }
    }

    boolean matches() {
      boolean result = or();
      if (at != tokens.size()) {
        throw new IllegalStateException("unparsed rest of clause");
      }
      return result;
    }

    private boolean or() {
      boolean value = and();
      while (peek("OR")) {
        at++;
        value = and() | value;
      }
      return value;
    }

    private boolean and() {
      boolean value = unary();
      while (peek("AND")) {
        at++;
        value = unary() & value;
      }
      return value;
    }

    private boolean unary() {
      if (peek("NOT")) {
        at++;
        return !unary();
      }
      if (peek("(")) {
        at++;
        boolean value = or();
        at++;
        return value;
      }
      String[] term = tokens.get(at++);
      return term(term[0]).test(term[1] == null ? 0 : Integer.parseInt(term[1]));
    }

    private boolean peek(String token) {
      return at < tokens.size() && tokens.get(at)[0].equals(token);
    }

    private Predicate<Integer> term(String term) {
      LocalDate due = JiraTime.dayOf(issue.getDueDate());
      Instant created = issue.getCreated().toInstant();
      return switch (term) {
        case "duedate < startOfDay()" -> days -> due != null && due.isBefore(TODAY);
        case "duedate >= startOfDay()" -> days -> due != null && !due.isBefore(TODAY);
        case "duedate is EMPTY" -> days -> due == null;
        case "assignee is EMPTY" -> days -> issue.getAssigneeId() == null;
        case "issue not in confirmedRemediationItems()" ->
            days -> !confirmed.contains(issue.getId());
        case "fixVersion is not EMPTY" -> days -> !issue.getFixVersions().isEmpty();
        case "sprint is not EMPTY" -> days -> false;
        default -> bounded(term, due, created);
      };
    }

    private static Predicate<Integer> bounded(String term, LocalDate due, Instant created) {
      if (term.startsWith("duedate <= endOfDay")) {
        return days -> due != null && !due.isAfter(TODAY.plusDays(days));
      }
      if (term.startsWith("created < startOfDay")) {
        return days -> created.isBefore(startOfDay(TODAY.minusDays(days)));
      }
      return days -> !created.isAfter(startOfDay(TODAY.minusDays(days)));
    }

    private static Instant startOfDay(LocalDate day) {
      return LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT).atZone(VIEWER).toInstant();
    }
  }
}
