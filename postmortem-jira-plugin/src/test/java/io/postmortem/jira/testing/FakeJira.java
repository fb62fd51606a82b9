package io.postmortem.jira.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueFactory;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.core.postmortem.PostmortemRecords;
import io.postmortem.core.remediation.RemediationPolicy;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.recurrence.RecurredPostmortems;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.PostmortemLookup;
import io.postmortem.jira.application.search.RemediationScope;
import io.postmortem.jira.dashboard.RemediationItemsService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mockito.Mockito;
import org.mockito.stubbing.Answer;

/**
 * The one fake Jira of the plugin's tests: Jira's services are Mockito mocks that answer like a
 * Jira holding the issues a test gave it; our code is real.
 *
 * <ul>
 *   <li>Jira objects ({@link #issue}, {@link #item}, {@link #user}, links, fields, options,
 *       priorities) and the mapping the setup leaves ({@link #setUpMapping}).
 *   <li>Issues by key ({@link #issue(String, long)}), a logged-in user ({@link #logIn}) and an
 *       {@link I18nHelper} that renders "key[arg1,arg2]" so tests see which message and arguments
 *       reached the user.
 *   <li>Permissions: every issue not {@link #hidden} is allowed until a test logs a user in or
 *       {@link #grant}s something; from then on only what was granted, per (permission, issue key,
 *       user key).
 *   <li>Searches: a page search returns a page of the open items (the total as configured), counts
 *       answer per state clause, and every JQL text is recorded.
 *   <li>Issues our code creates ({@link #issueService}, or {@link #issueFactory} with {@link
 *       IssueManager#createIssueObject}) are kept: {@code PROJ-n} keys per {@link #project}, the
 *       values set, sub-tasks ({@link #subTasks}) and links ({@link #links}) they get, found again
 *       by key, id, parent and link. Issues given by {@link #issue(String, long)} are found too;
 *       their sub-tasks and fields stay what the test stubs.
 * </ul>
 *
 * Jira's administration (issue types, link types, fields, plugin settings that keep what was put)
 * is {@link FakeJiraAdmin}.
 */
public final class FakeJira {

  public static final String POSTMORTEM_TYPE = "10100";
  public static final String REMEDIATION_TYPE = "10101";
  public static final String TASK_TYPE = "10002";
  public static final Long POSTMORTEM_LINK = 10200L;
  public static final Long REMEDIATION_LINK = 10201L;
  public static final Long RELATES_LINK = 10003L;

  public final SearchService searchService = mock(SearchService.class);
  public final IssueLinkManager links = mock(IssueLinkManager.class);
  public final PermissionManager permissions = mock(PermissionManager.class);
  public final IssueManager issueManager = mock(IssueManager.class);
  public final JiraAuthenticationContext authenticationContext =
      mock(JiraAuthenticationContext.class);
  public final I18nHelper i18n = mock(I18nHelper.class);
  public final IssueService issueService = mock(IssueService.class);
  public final IssueFactory issueFactory = mock(IssueFactory.class);
  public final SubTaskManager subTasks = mock(SubTaskManager.class);

  /** Keys of issues the user may not browse (everything else is visible until a grant). */
  public final Set<String> hidden = new HashSet<>();

  public final List<String> parsedJql = new ArrayList<>();
  public final List<PagerFilter> pagers = new ArrayList<>();
  private final Map<Query, String> jqlOf = new HashMap<>();
  private final List<Issue> openItems = new ArrayList<>();
  private final List<Map.Entry<Predicate<String>, List<Issue>>> routes = new ArrayList<>();
  private final Map<String, MutableIssue> issues = new HashMap<>();
  private final Map<Long, Project> projects = new HashMap<>();
  private final Map<Issue, StoredIssue> stored = new HashMap<>();
  private final List<IssueLink> storedLinks = new ArrayList<>();
  private final Map<Long, List<Issue>> children = new HashMap<>();
  private final Map<IssueService.CreateValidationResult, IssueInputParameters> createdFrom =
      new HashMap<>();
  private final Map<IssueInputParameters, Map<String, Object>> inputs = new HashMap<>();
  private final Map<String, Integer> lastNumbers = new HashMap<>();
  private long nextId = 10_000;
  private Instant now = Instant.parse("2027-01-01T10:00:00Z");
  private final Set<String> grants = new HashSet<>();
  private boolean grantsOnly;
  private int total = -1;
  private Function<String, Long> counts = jql -> 0L;
  private boolean valid = true;
  private boolean ordering;

  public FakeJira() {
    answerPermissions();
    answerIssuesAndText();
    answerSearches();
    answerCreation();
    lenient()
        .when(links.getInwardLinks(any()))
        .thenAnswer(call -> linksWhere(l -> call.getArgument(0).equals(l.getDestinationId())));
    lenient()
        .when(links.getOutwardLinks(any()))
        .thenAnswer(call -> linksWhere(l -> call.getArgument(0).equals(l.getSourceId())));
  }

  private List<IssueLink> linksWhere(Predicate<IssueLink> test) {
    return storedLinks.stream().filter(test).toList();
  }

  private void answerCreation() {
    lenient().when(issueFactory.getIssue()).thenAnswer(call -> newIssue());
    lenient().when(issueService.newIssueInputParameters()).thenAnswer(call -> inputParameters());
    lenient()
        .when(issueService.validateCreate(any(), any()))
        .thenAnswer(
            call -> {
              IssueInputParameters input = call.getArgument(1);
              IssueService.CreateValidationResult valid =
                  mock(IssueService.CreateValidationResult.class);
              lenient().when(valid.isValid()).thenReturn(true);
              createdFrom.put(valid, input);
              return valid;
            });
    lenient()
        .when(issueService.create(any(), any()))
        .thenAnswer(call -> created(call.getArgument(0), createdFrom.get(call.getArgument(1))));
    try {
      lenient()
          .when(issueManager.createIssueObject(any(), any()))
          .thenAnswer(call -> keep(call.getArgument(1)));
      lenient()
          .doAnswer(
              call -> {
                Issue parent = call.getArgument(0);
                Issue child = call.getArgument(1);
                StoredIssue state = stored.get(child);
                if (state != null) {
                  state.set("ParentObject", parent);
                }
                children.computeIfAbsent(parent.getId(), id -> new ArrayList<>()).add(child);
                return null;
              })
          .when(subTasks)
          .createSubTaskIssueLink(any(), any(), any());
      lenient()
          .doAnswer(
              call -> {
                Issue source = byId(call.getArgument(0));
                Issue destination = byId(call.getArgument(1));
                storedLinks.add(link(source, destination, call.getArgument(2)));
                return null;
              })
          .when(links)
          .createIssueLink(any(), any(), any(), any(), any());
    } catch (CreateException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parameters that keep what was set, by setter name (custom fields by field id). */
  private IssueInputParameters inputParameters() {
    Map<String, Object> values = new HashMap<>();
    IssueInputParameters input =
        mock(
            IssueInputParameters.class,
            call -> {
              String name = call.getMethod().getName();
              Object[] args = call.getArguments();
              if (name.equals("addCustomFieldValue")) {
                // Mockito spreads the varargs: the first value is the second argument.
                values.put("customfield_" + args[0], args.length > 1 ? args[1] : null);
              } else if (args.length == 1) {
                values.put(name.substring(3), args[0]);
              }
              return call.getMethod().getReturnType() == IssueInputParameters.class
                  ? call.getMock()
                  : null;
            });
    inputs.put(input, values);
    return input;
  }

  /** What {@code IssueService.create} makes of the parameters: text values as they were given. */
  private IssueService.IssueResult created(ApplicationUser by, IssueInputParameters input) {
    Map<String, Object> values = inputs.get(input);
    if (values == null) {
      return null; // a test stubbing create itself
    }
    MutableIssue issue = newIssue();
    StoredIssue state = stored.get(issue);
    state.set("ProjectObject", projects.get((Long) values.get("ProjectId")));
    state.set("IssueType", issueType((String) values.get("IssueTypeId"), false));
    state.set("Summary", values.get("Summary"));
    state.set("Description", values.get("Description"));
    state.set("Reporter", by);
    if (values.get("AssigneeId") != null) {
      state.set("Assignee", user((String) values.get("AssigneeId")));
    }
    values.forEach(
        (name, value) -> {
          if (name.startsWith("customfield_")) {
            state.setCustomField(name, value);
          }
        });
    keep(issue);
    IssueService.IssueResult result = mock(IssueService.IssueResult.class);
    lenient().when(result.isValid()).thenReturn(true);
    lenient().when(result.getIssue()).thenReturn(issue);
    return result;
  }

  private MutableIssue newIssue() {
    StoredIssue state =
        new StoredIssue(parentId -> List.copyOf(children.getOrDefault(parentId, List.of())));
    MutableIssue issue = mock(MutableIssue.class, Mockito.withSettings().defaultAnswer(state));
    stored.put(issue, state);
    return issue;
  }

  /** Gives a new issue its id, created time and next key in its project, and keeps it. */
  private Issue keep(Issue issue) {
    StoredIssue state = stored.get(issue);
    if (state == null) {
      return null; // not made by issueFactory: a test stubbing createIssueObject itself
    }
    String project = issue.getProjectObject().getKey();
    int number = lastNumbers.merge(project, 1, Integer::sum);
    state.set("Id", ++nextId);
    state.set("Key", project + "-" + number);
    state.set("Created", Timestamp.from(now));
    issues.put(issue.getKey(), (MutableIssue) issue);
    return issue;
  }

  private Issue byId(Long id) {
    return issueManager.getIssueObject(id);
  }

  /** From now on, issues are created at {@code instant}. */
  public FakeJira at(Instant instant) {
    now = instant;
    return this;
  }

  /** A project whose issues this Jira numbers {@code KEY-1}, {@code KEY-2}, … */
  public Project project(long id, String key) {
    return project(id, key, 0);
  }

  /** A project that already had {@code issuesBefore} issues: the next one is one more. */
  public Project project(long id, String key, int issuesBefore) {
    lastNumbers.put(key, issuesBefore);
    Project project = mock(Project.class, key);
    lenient().when(project.getId()).thenReturn(id);
    lenient().when(project.getKey()).thenReturn(key);
    lenient().when(project.getName()).thenReturn(key);
    projects.put(id, project);
    return project;
  }

  /** Sets a created issue's value, as a user editing it in Jira would. */
  public void edit(Issue issue, String property, Object value) {
    stored.get(issue).set(property, value);
  }

  /** Sets a created issue's custom field value, as a user editing it in Jira would. */
  public void edit(Issue issue, CustomField field, Object value) {
    stored.get(issue).setCustomField(field.getId(), value);
  }

  private void answerPermissions() {
    lenient()
        .when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Issue.class), any()))
        .thenAnswer(
            call -> {
              String issueKey = call.<Issue>getArgument(1).getKey();
              if (!grantsOnly) {
                return !hidden.contains(issueKey);
              }
              ApplicationUser user = call.getArgument(2);
              String userKey = user == null ? null : user.getKey();
              return grants.contains(call.getArgument(0) + "|" + issueKey + "|" + userKey);
            });
  }

  private void answerIssuesAndText() {
    lenient().when(authenticationContext.getI18nHelper()).thenReturn(i18n);
    lenient().when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
    lenient()
        .when(i18n.getText(anyString(), any(Object.class)))
        .thenAnswer(
            call -> {
              Object args = call.getArgument(1);
              Object[] values = args instanceof List<?> list ? list.toArray() : (Object[]) args;
              return call.getArgument(0) + Arrays.toString(values).replace(", ", ",");
            });
    lenient()
        .when(i18n.getText(anyString(), anyString()))
        .thenAnswer(call -> call.getArgument(0) + "[" + call.getArgument(1) + "]");
    lenient()
        .when(issueManager.getIssueObject(anyString()))
        .thenAnswer(call -> issues.get(call.<String>getArgument(0)));
    lenient()
        .when(issueManager.getIssueObject(any(Long.class)))
        .thenAnswer(
            call ->
                issues.values().stream()
                    .filter(i -> call.getArgument(0).equals(i.getId()))
                    .findFirst()
                    .orElse(null));
  }

  private void answerSearches() {
    lenient()
        .when(searchService.parseQuery(any(), anyString()))
        .thenAnswer(call -> parse(call.getArgument(1)));
    Answer<SearchResults<Issue>> pageAnswer =
        call -> page(jqlOf.get(call.getArgument(1)), call.getArgument(2));
    try {
      lenient().when(searchService.search(any(), any(), any())).thenAnswer(pageAnswer);
      lenient()
          .when(searchService.searchOverrideSecurity(any(), any(), any()))
          .thenAnswer(pageAnswer);
      lenient()
          .when(searchService.searchCount(any(), any()))
          .thenAnswer(call -> counts.apply(jqlOf.get(call.getArgument(1))));
    } catch (SearchException e) {
      throw new IllegalStateException(e);
    }
  }

  private SearchService.ParseResult parse(String jql) {
    parsedJql.add(jql);
    Query query = mock(Query.class);
    jqlOf.put(query, jql);
    SearchService.ParseResult result = mock(SearchService.ParseResult.class);
    lenient().when(result.isValid()).thenReturn(valid);
    lenient().when(result.getQuery()).thenReturn(query);
    MessageSet errors = new MessageSetImpl();
    if (!valid) {
      errors.addErrorMessage("The value 'NOPE' does not exist for the field 'project'.");
    }
    lenient().when(result.getErrors()).thenReturn(errors);
    return result;
  }

  private SearchResults<Issue> page(String jql, PagerFilter pager) {
    pagers.add(pager);
    List<Issue> all = ordering ? ordered(jql, matching(jql)) : matching(jql);
    List<Issue> page =
        all.subList(
            Math.min(pager.getStart(), all.size()),
            Math.min(pager.getStart() + pager.getMax(), all.size()));
    @SuppressWarnings("unchecked")
    SearchResults<Issue> results = mock(SearchResults.class);
    lenient().when(results.getResults()).thenReturn(page);
    lenient()
        .when(results.getTotal())
        .thenReturn(total >= 0 && all == openItems ? total : all.size());
    return results;
  }

  private List<Issue> matching(String jql) {
    for (Map.Entry<Predicate<String>, List<Issue>> route : routes) {
      if (route.getKey().test(jql)) {
        return route.getValue();
      }
    }
    return openItems;
  }

  /**
   * Sorts as Jira would by the query's {@code ORDER BY} (key, assignee, duedate; ascending, empty
   * values last); without one, the issues keep the order the test gave them.
   */
  private static List<Issue> ordered(String jql, List<Issue> issues) {
    int at = jql.indexOf(" ORDER BY ");
    if (at < 0) {
      return issues;
    }
    Comparator<Issue> order = null;
    for (String term : jql.substring(at + " ORDER BY ".length()).split(",")) {
      Comparator<Issue> next =
          switch (term.trim().split(" ")[0]) {
            case "key" -> Comparator.comparing(FakeJira::keyOrder);
            case "assignee" ->
                Comparator.comparing(Issue::getAssigneeId, Comparator.nullsLast(String::compareTo));
            case "duedate" ->
                Comparator.comparing(Issue::getDueDate, Comparator.nullsLast(Timestamp::compareTo));
            default -> throw new IllegalArgumentException("cannot order by " + term);
          };
      order = order == null ? next : order.thenComparing(next);
    }
    return issues.stream().sorted(order).toList();
  }

  /** Jira orders keys by project, then by number: OPS-2 before OPS-10. */
  private static String keyOrder(Issue issue) {
    String key = issue.getKey();
    int dash = key.lastIndexOf('-');
    return key.substring(0, dash) + String.format("%012d", Long.parseLong(key.substring(dash + 1)));
  }

  // --- our services over this Jira -------------------------------------------------------------

  /**
   * The dashboard service over this Jira, reading our own records and judging items at noon of
   * {@code today} in the default zone.
   */
  public RemediationItemsService service(
      PostmortemRecords records, RemediationScope scope, LocalDate today) {
    return service(records, scope, today, (since, cap) -> List.of());
  }

  /** The dashboard service, with the related verdicts the recurrence store would hold. */
  public RemediationItemsService service(
      PostmortemRecords records,
      RemediationScope scope,
      LocalDate today,
      RecurredPostmortems.RelatedVerdicts verdicts) {
    IssueSearch search = new IssueSearch(searchService);
    ZoneId zone = ZoneId.systemDefault();
    return new RemediationItemsService(
        search,
        reader(records, scope),
        scope,
        RemediationPolicy.defaults(),
        time(Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone)),
        new RecurredPostmortems(
            verdicts,
            search,
            new RecurredPostmortems.JiraIssues(
                issueManager, links, new IssueVisibility(permissions)),
            scope));
  }

  /** The item reader over this Jira with the default mapping (no custom fields set up). */
  public OpenItemReader reader(PostmortemRecords records, RemediationScope scope) {
    return new OpenItemReader(
        configuration(),
        records,
        new PostmortemLookup(links, scope),
        new IssueVisibility(permissions));
  }

  /** The app's configuration with {@code mapping} stored and every mapped custom field found. */
  public static PostmortemConfiguration configuration(JiraMapping mapping) {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    lenient().when(factory.createGlobalSettings()).thenReturn(settings);
    lenient().when(settings.get(anyString())).thenReturn(mapping.toMap());
    CustomFieldManager customFields = mock(CustomFieldManager.class);
    lenient()
        .when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> field(call.getArgument(0)));
    return new PostmortemConfiguration(factory, customFields);
  }

  /** The app's configuration as a fresh install has it: Jira's standard priorities, no fields. */
  public static PostmortemConfiguration configuration() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    lenient().when(factory.createGlobalSettings()).thenReturn(mock(PluginSettings.class));
    return new PostmortemConfiguration(factory, mock(CustomFieldManager.class));
  }

  /** Jira's time with the clock's zone as both the default and the viewer's zone. */
  public static JiraTime time(Clock clock) {
    TimeZoneManager zones = mock(TimeZoneManager.class);
    TimeZone zone = TimeZone.getTimeZone(clock.getZone());
    lenient().when(zones.getDefaultTimezone()).thenReturn(zone);
    lenient().when(zones.getLoggedInUserTimeZone()).thenReturn(zone);
    return new JiraTime(zones, clock);
  }

  // --- what this Jira holds -------------------------------------------------------------------

  /** Searches whose JQL contains {@code fragment} find {@code issues} instead of the open items. */
  public FakeJira answering(String fragment, List<Issue> issues) {
    routes.add(Map.entry(jql -> jql.contains(fragment), issues));
    return this;
  }

  public FakeJira withTotal(int value) {
    total = value;
    return this;
  }

  public FakeJira withCounts(Function<String, Long> answer) {
    counts = answer;
    return this;
  }

  /** From now on, searches return their issues in the order the JQL's ORDER BY asks for. */
  public FakeJira ordering() {
    ordering = true;
    return this;
  }

  public FakeJira rejectingQueries() {
    valid = false;
    return this;
  }

  /** Puts the item into a fix version, which is what "scheduled" reads. */
  public FakeJira scheduled(Issue issue) {
    lenient().when(issue.getFixVersions()).thenReturn(List.of(mock(Version.class)));
    return this;
  }

  public FakeJira open(Issue issue) {
    openItems.add(issue);
    return this;
  }

  public FakeJira open(Collection<Issue> issues) {
    openItems.addAll(issues);
    return this;
  }

  /** An issue {@link IssueManager} finds by key and id. */
  public MutableIssue issue(String key, long id) {
    MutableIssue issue = mock(MutableIssue.class);
    lenient().when(issue.getKey()).thenReturn(key);
    lenient().when(issue.getId()).thenReturn(id);
    lenient().when(issue.getSummary()).thenReturn("Summary of " + key);
    issues.put(key, issue);
    return issue;
  }

  public ApplicationUser logIn(String key) {
    ApplicationUser user = user(key);
    grantsOnly = true;
    when(authenticationContext.getLoggedInUser()).thenReturn(user);
    return user;
  }

  /** From the first grant on, only granted permissions hold. */
  public void grant(String userKey, ProjectPermissionKey permission, String... issueKeys) {
    grantsOnly = true;
    for (String issueKey : issueKeys) {
      grants.add(permission + "|" + issueKey + "|" + userKey);
    }
  }

  /** A postmortem issue whose incidents are linked with the incident link type. */
  public Issue postmortem(long id, String key, String ownerKey, Issue... incidents) {
    Issue postmortem = issue(id, key, "Postmortem " + key, ownerKey, null, null, LocalDate.now());
    List<IssueLink> outward = new ArrayList<>();
    for (Issue incident : incidents) {
      IssueLink link = mock(IssueLink.class);
      lenient().when(link.getLinkTypeId()).thenReturn(TestScope.INCIDENT_LINK);
      lenient().when(link.getDestinationObject()).thenReturn(incident);
      outward.add(link);
    }
    lenient().when(links.getOutwardLinks(id)).thenReturn(outward);
    return postmortem;
  }

  // --- Jira objects ---------------------------------------------------------------------------

  /** An issue of the given type, created 2027-01-01. */
  public static Issue issue(long id, String key, String typeId) {
    IssueType type = issueType(typeId, typeId.equals(REMEDIATION_TYPE));
    Timestamp created = Timestamp.from(Instant.parse("2027-01-01T10:00:00Z"));
    Issue issue = mock(Issue.class, key);
    lenient().when(issue.getId()).thenReturn(id);
    lenient().when(issue.getKey()).thenReturn(key);
    lenient().when(issue.getSummary()).thenReturn("Summary of " + key);
    lenient().when(issue.getIssueType()).thenReturn(type);
    lenient().when(issue.getCreated()).thenReturn(created);
    return issue;
  }

  /** A remediation sub-task of {@code parent}. */
  public static Issue item(
      long id,
      String key,
      String summary,
      ApplicationUser assignee,
      LocalDate due,
      LocalDate created,
      Issue parent,
      String... components) {
    Issue item =
        issue(
            id, key, summary, assignee == null ? null : assignee.getKey(), assignee, due, created);
    lenient().when(item.isSubTask()).thenReturn(parent != null);
    lenient().when(item.getParentObject()).thenReturn(parent);
    List<ProjectComponent> teams = new ArrayList<>();
    for (String name : components) {
      ProjectComponent component = mock(ProjectComponent.class);
      lenient().when(component.getName()).thenReturn(name);
      teams.add(component);
    }
    lenient().when(item.getComponents()).thenReturn(teams);
    return item;
  }

  private static Issue issue(
      long id,
      String key,
      String summary,
      String assigneeKey,
      ApplicationUser assignee,
      LocalDate due,
      LocalDate created) {
    Issue issue = mock(Issue.class);
    lenient().when(issue.getId()).thenReturn(id);
    lenient().when(issue.getKey()).thenReturn(key);
    lenient().when(issue.getSummary()).thenReturn(summary);
    lenient().when(issue.getAssigneeId()).thenReturn(assigneeKey);
    lenient().when(issue.getAssignee()).thenReturn(assignee);
    lenient()
        .when(issue.getDueDate())
        .thenReturn(due == null ? null : Timestamp.valueOf(due.atStartOfDay()));
    lenient().when(issue.getCreated()).thenReturn(Timestamp.valueOf(created.atTime(9, 0)));
    return issue;
  }

  /** An active user whose display name is the key. */
  public static ApplicationUser user(String key) {
    return user(key, key);
  }

  public static ApplicationUser user(String key, String displayName) {
    ApplicationUser user = mock(ApplicationUser.class);
    lenient().when(user.getKey()).thenReturn(key);
    lenient().when(user.getUsername()).thenReturn(key);
    lenient().when(user.getDisplayName()).thenReturn(displayName);
    lenient().when(user.getEmailAddress()).thenReturn(key + "@example.com");
    lenient().when(user.isActive()).thenReturn(true);
    return user;
  }

  public static IssueType issueType(String id, boolean subTask) {
    IssueType type = mock(IssueType.class);
    lenient().when(type.getId()).thenReturn(id);
    lenient().when(type.isSubTask()).thenReturn(subTask);
    return type;
  }

  public static Priority priority(String id, String name) {
    Priority priority = mock(Priority.class);
    lenient().when(priority.getId()).thenReturn(id);
    lenient().when(priority.getName()).thenReturn(name);
    return priority;
  }

  public static IssueLink link(Issue source, Issue destination, Long typeId) {
    Long sourceId = source.getId();
    Long destinationId = destination.getId();
    IssueLink link = mock(IssueLink.class);
    lenient().when(link.getLinkTypeId()).thenReturn(typeId);
    lenient().when(link.getSourceObject()).thenReturn(source);
    lenient().when(link.getDestinationObject()).thenReturn(destination);
    lenient().when(link.getSourceId()).thenReturn(sourceId);
    lenient().when(link.getDestinationId()).thenReturn(destinationId);
    return link;
  }

  public static CustomField field(String id) {
    CustomField field = mock(CustomField.class, id);
    lenient().when(field.getId()).thenReturn(id);
    Long numericId = Long.valueOf(id.substring("customfield_".length()));
    lenient().when(field.getIdAsLong()).thenReturn(numericId);
    return field;
  }

  public static Option option(long id, String value) {
    Option option = mock(Option.class);
    lenient().when(option.getOptionId()).thenReturn(id);
    lenient().when(option.getValue()).thenReturn(value);
    return option;
  }

  public static Timestamp day(LocalDate date) {
    return Timestamp.valueOf(date.atStartOfDay());
  }

  /** A mapping as the setup leaves it, before any admin changes. */
  public static JiraMapping setUpMapping() {
    return JiraMapping.defaults()
        .withIssueTypes(POSTMORTEM_TYPE, REMEDIATION_TYPE, null)
        .withLinkTypes(POSTMORTEM_LINK, REMEDIATION_LINK)
        .withField(FieldRole.IMPACT, "customfield_10301")
        .withField(FieldRole.ROOT_CAUSES, "customfield_10302")
        .withField(FieldRole.RESOLUTION, "customfield_10303")
        .withField(FieldRole.WENT_WELL, "customfield_10304")
        .withField(FieldRole.WENT_WRONG, "customfield_10305")
        .withField(FieldRole.GOT_LUCKY, "customfield_10306")
        .withField(FieldRole.REVIEW_MEETING_DATE, "customfield_10307")
        .withField(FieldRole.FACILITATOR, "customfield_10308")
        .withField(FieldRole.HORIZON, "customfield_10309")
        .withField(FieldRole.SUCCESS_MEASURE, "customfield_10310")
        .withField(FieldRole.SEVERITY, "customfield_10311")
        .withField(FieldRole.VERIFICATION, "customfield_10312");
  }
}
