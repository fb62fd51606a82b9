package io.postmortem.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import io.postmortem.core.recurrence.Verdict;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.issue.InMemoryPostmortemRecords;
import io.postmortem.jira.application.issue.IssueAccess;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.application.issue.PostmortemReader;
import io.postmortem.jira.application.recurrence.CandidateSearch;
import io.postmortem.jira.application.recurrence.EarlierRemediation;
import io.postmortem.jira.application.recurrence.RecurredItemReopener;
import io.postmortem.jira.application.recurrence.RecurrenceGuard;
import io.postmortem.jira.application.recurrence.RecurrenceLinkType;
import io.postmortem.jira.application.recurrence.RecurrenceLinks;
import io.postmortem.jira.application.recurrence.RecurrenceVerdicts;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.storage.RecurrenceStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.Test;

public class RecurrenceResourceTest extends JerseyTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final long RECURRENCE_LINK = 10300L;
  private FakeJira jira;
  private RecurrenceStore store;
  private IssueLinkManager links;
  private ApplicationUser ed;
  private ProjectSettingsStore projectSettings;
  private IssueService issueService;
  private WorkflowManager workflows;

  @Override
  protected Application configure() {
    jira = new FakeJira();
    ActiveObjects ao = StoreDatabase.emptyH2();
    store = new RecurrenceStore(ao);
    projectSettings = new ProjectSettingsStore(ao);
    links = mock(IssueLinkManager.class);
    PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(FakeJira.setUpMapping().toMap());
    when(settings.get("io.postmortem.jira.recurrence-link-type"))
        .thenReturn(String.valueOf(RECURRENCE_LINK));
    TimeZoneManager zones = mock(TimeZoneManager.class);
    when(zones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
    JiraTime time = new JiraTime(zones, Clock.fixed(NOW, ZoneOffset.UTC));
    PostmortemConfiguration configuration =
        new PostmortemConfiguration(settingsFactory, mock(CustomFieldManager.class));
    PostmortemReader reader =
        new PostmortemReader(links, configuration, new InMemoryPostmortemRecords(), time);
    when(jira.authenticationContext.getI18nHelper())
        .thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    RecurrenceGuard guard =
        new RecurrenceGuard(
            configuration,
            new CandidateSearch(new IssueSearch(mock(SearchService.class)), time),
            store,
            new IssueVisibility(jira.permissions),
            new EarlierRemediation(links));
    I18nHelper.BeanFactory i18n = mock(I18nHelper.BeanFactory.class);
    when(i18n.getInstance(any(ApplicationUser.class)))
        .thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    when(i18n.getInstance(any(Locale.class)))
        .thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    ApplicationProperties properties = mock(ApplicationProperties.class);
    when(properties.getDefaultLocale()).thenReturn(Locale.ENGLISH);
    issueService = mock(IssueService.class);
    workflows = mock(WorkflowManager.class);
    RecurredItemReopener reopener =
        new RecurredItemReopener(
            configuration,
            new EarlierRemediation(links),
            new ProjectChecklistSettings(projectSettings),
            new IssueVisibility(jira.permissions),
            new RecurredItemReopener.Jira(
                jira.permissions,
                issueService,
                workflows,
                mock(CommentManager.class),
                i18n,
                properties));
    RecurrenceVerdicts verdicts =
        new RecurrenceVerdicts(
            store,
            new RecurrenceLinks(links, new RecurrenceLinkType(settingsFactory)),
            reader,
            time,
            reopener);
    return RestTestRuntime.application(
        jira,
        new RecurrenceResource(
            new IssueAccess(jira.issueManager, jira.permissions, jira.authenticationContext),
            reader,
            guard,
            verdicts));
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    MutableIssue postmortem = jira.issue("PM-1", 1L);
    when(postmortem.getCreated()).thenReturn(Timestamp.from(NOW.minusSeconds(86_400)));
    jira.issue("PM-5", 5L);
    ed = jira.logIn("ed");
    jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, "PM-1", "PM-5");
    store.suggest(1L, List.of(new RecurrenceStore.Candidate(5L, "PM-5")));
  }

  @Test
  public void marksASuggestionRelatedAndLinksThePostmortemAsItsRecurrence() throws Exception {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = put("PM-5", "{\"verdict\":\"related\"}");

    assertEquals(200, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("RELATED", body.get("verdict").asText());
    assertEquals(true, body.get("linked").asBoolean());
    assertEquals(
        List.of(new SuggestedRecurrence("PM-5", Verdict.RELATED)), store.forPostmortem(1L));
    verify(links).createIssueLink(1L, 5L, RECURRENCE_LINK, null, ed);
  }

  @Test
  public void marksASuggestionUnrelatedWithoutLinkingAnything() throws Exception {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = put("PM-5", "{\"verdict\":\"UNRELATED\"}");

    assertEquals(200, response.getStatus());
    assertEquals("UNRELATED", response.readEntity(JsonNode.class).get("verdict").asText());
    assertEquals(
        List.of(new SuggestedRecurrence("PM-5", Verdict.UNRELATED)), store.forPostmortem(1L));
    verify(links, never()).createIssueLink(anyLong(), anyLong(), anyLong(), any(), any());
  }

  @Test
  public void refusesAnUnknownVerdictWithALocalizedFieldErrorAndStoresNothing() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response = put("PM-5", "{\"verdict\":\"maybe\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("verdict", body.get("field").asText());
    assertEquals(
        "The field \"verdict\" must be one of: UNMARKED, RELATED, UNRELATED.",
        body.get("message").asText());
    assertEquals(List.of(SuggestedRecurrence.unmarked("PM-5")), store.forPostmortem(1L));
  }

  @Test
  public void refusesAnIssueThatWasNeverSuggestedToThePostmortem() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");
    jira.issue("PM-6", 6L);
    jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, "PM-6");

    Response response = put("PM-6", "{\"verdict\":\"RELATED\"}");

    assertEquals(400, response.getStatus());
    JsonNode body = response.readEntity(JsonNode.class);
    assertEquals("candidate", body.get("field").asText());
    assertEquals(
        "PM-6 was not suggested as an earlier occurrence of this postmortem: reload the postmortem"
            + " to see the current suggestions.",
        body.get("message").asText());
  }

  @Test
  public void answersNotFoundForAnEarlierIssueTheCallerCannotSee() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");
    jira.issue("SEC-1", 7L);
    store.suggest(1L, List.of(new RecurrenceStore.Candidate(7L, "SEC-1")));

    Response response = put("SEC-1", "{\"verdict\":\"RELATED\"}");

    assertEquals(404, response.getStatus());
    assertEquals(List.of(SuggestedRecurrence.unmarked("SEC-1")), store.forPostmortem(1L));
  }

  @Test
  public void answersForbiddenToSomeoneWhoMayOnlyReadThePostmortem() {
    Response response = put("PM-5", "{\"verdict\":\"RELATED\"}");

    assertEquals(403, response.getStatus());
    assertEquals(List.of(SuggestedRecurrence.unmarked("PM-5")), store.forPostmortem(1L));
  }

  @Test
  public void acceptsOnlyJsonSoAFormOnAnotherSiteCannotMark() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");

    Response response =
        target("postmortems/PM-1/recurrences/PM-5")
            .request()
            .put(Entity.entity("verdict=RELATED", MediaType.APPLICATION_FORM_URLENCODED));

    assertEquals(415, response.getStatus());
    assertEquals(List.of(SuggestedRecurrence.unmarked("PM-5")), store.forPostmortem(1L));
  }

  @Test
  public void answersNotFoundForAPostmortemTheCallerCannotSee() {
    jira.issue("PM-8", 8L);

    assertEquals(404, target("postmortems/PM-8/recurrences").request().get().getStatus());
  }

  @Test
  public void aDoneItemJiraRefusesToReopenLeavesTheVerdictStoredAndTellsTheAuthorOnce() {
    jira.grant("ed", ProjectPermissions.EDIT_ISSUES, "PM-1");
    projectSettings.save(100L, Map.of("recurrence.reopenDoneItems", "true"), null);
    Issue item = doneItemOfPm5("OPS-12");
    JiraWorkflow workflow = reopenableWorkflow();
    when(workflows.getWorkflow(item)).thenReturn(workflow);
    when(issueService.newIssueInputParameters()).thenReturn(mock(IssueInputParameters.class));
    IssueService.TransitionValidationResult refused =
        mock(IssueService.TransitionValidationResult.class);
    ErrorCollection errors = mock(ErrorCollection.class);
    when(errors.getErrorMessages()).thenReturn(List.of("It is not assigned to you."));
    when(refused.getErrorCollection()).thenReturn(errors);
    when(issueService.validateTransition(eq(ed), eq(12L), eq(31), any())).thenReturn(refused);

    JsonNode body = put("PM-5", "{\"verdict\":\"RELATED\"}").readEntity(JsonNode.class);
    JsonNode again = put("PM-5", "{\"verdict\":\"RELATED\"}").readEntity(JsonNode.class);

    assertEquals(
        List.of(new SuggestedRecurrence("PM-5", Verdict.RELATED)), store.forPostmortem(1L));
    assertEquals("OPS-12", body.get("notReopened").get(0).get("key").asText());
    assertEquals(
        "It is not assigned to you.", body.get("notReopened").get(0).get("reason").asText());
    assertEquals(
        "Could not reopen OPS-12: It is not assigned to you.",
        body.get("messages").get(0).asText());
    assertEquals(0, again.get("messages").size());
    verify(issueService, times(1)).validateTransition(any(), anyLong(), anyInt(), any());
  }

  private Issue doneItemOfPm5(String key) {
    MutableIssue pm5 = (MutableIssue) jira.issueManager.getIssueObject("PM-5");
    IssueType postmortemType = FakeJira.issueType(FakeJira.POSTMORTEM_TYPE, false);
    when(pm5.getIssueType()).thenReturn(postmortemType);
    Issue item = FakeJira.issue(12L, key, FakeJira.REMEDIATION_TYPE);
    when(item.getProjectId()).thenReturn(100L);
    Status done = status("done");
    when(item.getStatus()).thenReturn(done);
    when(pm5.getSubTaskObjects()).thenReturn(List.of(item));
    jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, key);
    jira.grant("ed", ProjectPermissions.TRANSITION_ISSUES, key);
    return item;
  }

  /** Done (step 3) leads back to Open (step 1) through action 31. */
  private static JiraWorkflow reopenableWorkflow() {
    WorkflowDescriptor descriptor = mock(WorkflowDescriptor.class);
    StepDescriptor doneStep = mock(StepDescriptor.class);
    StepDescriptor openStep = mock(StepDescriptor.class);
    when(descriptor.getStep(1)).thenReturn(openStep);
    ActionDescriptor reopen = mock(ActionDescriptor.class);
    ResultDescriptor toOpen = mock(ResultDescriptor.class);
    when(toOpen.getStep()).thenReturn(1);
    when(reopen.getId()).thenReturn(31);
    when(reopen.getUnconditionalResult()).thenReturn(toOpen);
    when(doneStep.getActions()).thenReturn(List.of(reopen));
    JiraWorkflow workflow = mock(JiraWorkflow.class);
    when(workflow.getDescriptor()).thenReturn(descriptor);
    when(workflow.getLinkedStep(any())).thenReturn(doneStep);
    Status open = status("new");
    when(workflow.getLinkedStatusObject(openStep)).thenReturn(open);
    return workflow;
  }

  private static Status status(String categoryKey) {
    StatusCategory category = mock(StatusCategory.class);
    when(category.getKey()).thenReturn(categoryKey);
    Status status = mock(Status.class);
    when(status.getStatusCategory()).thenReturn(category);
    return status;
  }

  private Response put(String candidate, String json) {
    return target("postmortems/PM-1/recurrences/" + candidate)
        .request()
        .put(Entity.entity(json, MediaType.APPLICATION_JSON));
  }
}
