package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueFactory;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Incident;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.issue.ActionItemCreator;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.testing.FakeJira;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

/**
 * "Add action item" through the real resource, with Jira mocked: the item lands as a Remediation
 * sub-task in the postmortem's project or as a linked issue elsewhere, carries every field,
 * defaults its due date to the latest the limit allows, and every bad field is named at once.
 */
public class ActionItemResourceTest extends JerseyTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final LocalDate CREATED = LocalDate.of(2026, 11, 25);

  private FakeJira jira;
  private ProjectManager projects;
  private UserManager users;
  private IssueFactory factory;
  private SubTaskManager subTasks;
  private IssueLinkManager links;
  private OptionsManager options;
  private PostmortemConfiguration configuration;
  private PostmortemReader reader;
  private MutableIssue postmortem;
  private MutableIssue draft;
  private Project ops;
  private Project platform;
  private final CustomField horizonField = mock(CustomField.class);
  private final CustomField measureField = mock(CustomField.class);
  private final Option shortTerm = mock(Option.class);
  private final IssueType remediation = type("10100", "Remediation action", true);
  private final IssueType task = type("3", "Task", false);

  @Override
  protected Application configure() {
    jira = new FakeJira();
    projects = mock(ProjectManager.class);
    users = mock(UserManager.class);
    factory = mock(IssueFactory.class);
    subTasks = mock(SubTaskManager.class);
    links = mock(IssueLinkManager.class);
    options = mock(OptionsManager.class);
    configuration = mock(PostmortemConfiguration.class);
    reader = mock(PostmortemReader.class);
    PriorityManager priorities = mock(PriorityManager.class);
    List<Priority> jiraPriorities = List.of(priority("2", "High"), priority("3", "Medium"));
    when(priorities.getPriorities()).thenReturn(jiraPriorities);
    ProjectChecklistSettings settings = mock(ProjectChecklistSettings.class);
    when(settings.of(100L)).thenReturn(ChecklistSettings.defaults());
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    IssueAccess access =
        new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext);
    return RestTestRuntime.application(
        jira,
        new ActionItemResource(
            access,
            reader,
            settings,
            configuration,
            new ActionItemInput(projects, jira.permissions, users, priorities, configuration),
            new ActionItemCreator(factory, jira.issueManager, subTasks, links, options),
            new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC)),
            jira.authenticationContext));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    postmortem = jira.issue("PM-1", 1L);
    when(postmortem.getProjectId()).thenReturn(100L);
    ops = project(100L, "OPS", "Operations", remediation, task);
    platform = project(200L, "PLAT", "Platform", task);
    JiraMapping mapping =
        JiraMapping.defaults()
            .withIssueTypes("10000", "10100", null)
            .withLinkTypes(10L, 11L)
            .withHorizons(Map.of("501", Horizon.SHORT_TERM, "502", Horizon.LONG_TERM));
    when(configuration.current()).thenReturn(mapping);
    when(configuration.fields(mapping))
        .thenReturn(
            Map.of(FieldRole.HORIZON, horizonField, FieldRole.SUCCESS_MEASURE, measureField));
    when(options.findByOptionId(501L)).thenReturn(shortTerm);
    when(reader.read(postmortem))
        .thenReturn(
            Postmortem.builder("PM-1", CREATED)
                .summary("Checkout outage")
                .incidents(List.of(new Incident("INC-1", Severity.SEV_2, NOW.minusSeconds(86_400))))
                .build());
    draft = mock(MutableIssue.class);
    when(factory.getIssue()).thenReturn(draft);
    MutableIssue created = jira.issue("OPS-7", 7L);
    when(jira.issueManager.createIssueObject(any(), eq(draft))).thenReturn(created);
    ApplicationUser bob = FakeJira.user("bob");
    when(users.getUserByName("bob")).thenReturn(bob);
    when(jira.permissions.hasPermission(ProjectPermissions.ASSIGNABLE_USER, ops, bob))
        .thenReturn(true);
  }

  @Test
  public void createsASubTaskInThePostmortemsProjectWithEveryField() throws Exception {
    ApplicationUser ada = editor();

    Response response = post(body("OPS", "bob", "2", "SHORT_TERM", "2026-12-10"));

    assertEquals(201, response.getStatus());
    assertEquals("OPS-7", response.readEntity(JsonNode.class).get("key").asText());
    verify(draft).setProjectObject(ops);
    verify(draft).setIssueType(remediation);
    verify(draft).setParentObject(postmortem);
    verify(draft).setSummary("Alert on queue depth");
    verify(draft).setAssignee(users.getUserByName("bob"));
    verify(draft).setDueDate(Timestamp.valueOf(LocalDate.of(2026, 12, 10).atStartOfDay()));
    verify(draft).setCustomFieldValue(horizonField, shortTerm);
    verify(draft).setCustomFieldValue(measureField, "Alert fires within 2 minutes in the drill");
    verify(subTasks).createSubTaskIssueLink(eq(postmortem), any(Issue.class), eq(ada));
    verify(links, never()).createIssueLink(any(), any(), any(), any(), any());
  }

  @Test
  public void createsAnIssueInAnotherTeamsProjectLinkedToThePostmortem() throws Exception {
    ApplicationUser ada = editor();
    when(jira.permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, platform, ada))
        .thenReturn(true);

    Response response = post(body("PLAT", "", "3", "SHORT_TERM", ""));

    assertEquals(201, response.getStatus());
    verify(draft).setIssueType(task);
    verify(draft, never()).setParentObject(any());
    verify(links).createIssueLink(1L, 7L, 11L, null, ada);
    verify(subTasks, never()).createSubTaskIssueLink(any(), any(), any());
  }

  @Test
  public void anEmptyDueDateBecomesTheLatestDateTheLimitAllows() {
    editor();

    Response response = post(body("OPS", "", "2", "SHORT_TERM", ""));

    // Default limits: 30 days for a short-term item, counted from the postmortem's creation.
    assertEquals("2026-12-25", response.readEntity(JsonNode.class).get("dueDate").asText());
    verify(draft).setDueDate(Timestamp.valueOf(CREATED.plusDays(30).atStartOfDay()));
  }

  @Test
  public void theFormOffersTheSameLatestDateForEachPriorityAndHorizon() {
    ApplicationUser ada = editor();
    when(jira.permissions.getProjects(ProjectPermissions.CREATE_ISSUES, ada))
        .thenReturn(List.of(platform, ops));

    JsonNode form =
        target("postmortems/PM-1/action-items/form").request().get().readEntity(JsonNode.class);

    assertEquals("OPS", form.get("projects").get(0).get("key").asText());
    assertEquals(true, form.get("projects").get(0).get("subTask").asBoolean());
    assertEquals(
        "Operations (OPS) \u2013 postmortem.item.project.subtask",
        form.get("projects").get(0).get("label").asText());
    assertEquals("PLAT", form.get("projects").get(1).get("key").asText());
    assertEquals(
        Set.of(
            "2|SHORT_TERM|2026-12-25",
            "2|LONG_TERM|2027-02-23",
            "3|SHORT_TERM|2026-12-25",
            "3|LONG_TERM|2027-02-23"),
        latestDates(form));
  }

  @Test
  public void namesEveryBadFieldAtOnceAndCreatesNothing() throws Exception {
    editor();

    Response response =
        post(
            "{\"summary\":\"\",\"project\":\"NOPE\",\"priority\":\"9\",\"horizon\":\"SOMEDAY\","
                + "\"successMeasure\":\"\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals(
        List.of("summary", "project", "priority", "horizon", "successMeasure"), fields(body));
    verify(jira.issueManager, never()).createIssueObject(any(), any(Issue.class));
  }

  @Test
  public void refusesADueDateLaterThanTheLimitAllowsNamingThatDate() {
    editor();

    Response response = post(body("OPS", "", "2", "SHORT_TERM", "2026-12-26"));

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("dueDate", body.get("field").asText());
    assertEquals(
        "postmortem.rest.error.date-beyond[dueDate,25/Dec/26]", body.get("message").asText());
  }

  @Test
  public void refusesAnOwnerWhoCannotBeAssignedInTheProject() throws Exception {
    editor();
    ApplicationUser mallory = FakeJira.user("mallory");
    when(users.getUserByName("mallory")).thenReturn(mallory);

    Response response = post(body("OPS", "mallory", "2", "SHORT_TERM", ""));

    assertEquals(400, response.getStatus());
    assertEquals("assignee", response.readEntity(JsonNode.class).get("field").asText());
    verify(jira.issueManager, never()).createIssueObject(any(), any(Issue.class));
  }

  @Test
  public void answers404ToSomeoneWhoCannotSeeThePostmortemAnd403ToAReader() throws Exception {
    jira.logIn("eve");
    assertEquals(404, post(body("OPS", "", "2", "SHORT_TERM", "")).getStatus());

    jira.grant("eve", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    assertEquals(403, post(body("OPS", "", "2", "SHORT_TERM", "")).getStatus());
    verify(jira.issueManager, never()).createIssueObject(any(), any(Issue.class));
  }

  @Test
  public void refusesAFormBodyWithoutCreatingAnything() throws Exception {
    editor();

    Response response =
        target("postmortems/PM-1/action-items")
            .request()
            .post(Entity.entity("summary=x", MediaType.APPLICATION_FORM_URLENCODED));

    assertEquals(415, response.getStatus());
    verify(jira.issueManager, never()).createIssueObject(any(), any(Issue.class));
  }

  private ApplicationUser editor() {
    ApplicationUser ada = jira.logIn("ada");
    jira.grant("ada", ProjectPermissions.BROWSE_PROJECTS, "PM-1");
    jira.grant("ada", ProjectPermissions.EDIT_ISSUES, "PM-1");
    when(jira.permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, ops, ada))
        .thenReturn(true);
    return ada;
  }

  private Response post(String json) {
    return target("postmortems/PM-1/action-items")
        .request()
        .post(Entity.entity(json, MediaType.APPLICATION_JSON));
  }

  private static String body(
      String project, String assignee, String priority, String horizon, String due) {
    return "{\"summary\":\"Alert on queue depth\",\"project\":\""
        + project
        + "\",\"assignee\":\""
        + assignee
        + "\",\"priority\":\""
        + priority
        + "\",\"horizon\":\""
        + horizon
        + "\",\"dueDate\":\""
        + due
        + "\",\"successMeasure\":\"Alert fires within 2 minutes in the drill\"}";
  }

  private static List<String> fields(JsonNode body) {
    List<String> fields = new java.util.ArrayList<>();
    body.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  private static Set<String> latestDates(JsonNode form) {
    Set<String> dates = new java.util.HashSet<>();
    form.get("latestDueDates")
        .forEach(
            d ->
                dates.add(
                    d.get("priority").asText()
                        + "|"
                        + d.get("horizon").asText()
                        + "|"
                        + d.get("dueDate").asText()));
    return dates;
  }

  private Project project(long id, String key, String name, IssueType... types) {
    Project project = mock(Project.class);
    when(project.getId()).thenReturn(id);
    when(project.getKey()).thenReturn(key);
    when(project.getName()).thenReturn(name);
    when(project.getIssueTypes()).thenReturn(List.of(types));
    when(projects.getProjectObjByKey(key)).thenReturn(project);
    return project;
  }

  private static IssueType type(String id, String name, boolean subTask) {
    IssueType type = mock(IssueType.class);
    when(type.getId()).thenReturn(id);
    when(type.getName()).thenReturn(name);
    when(type.isSubTask()).thenReturn(subTask);
    return type;
  }

  private static Priority priority(String id, String name) {
    Priority priority = mock(Priority.class);
    when(priority.getId()).thenReturn(id);
    when(priority.getName()).thenReturn(name);
    return priority;
  }
}
