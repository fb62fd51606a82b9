package io.postmortem.jira.application.recurrence;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.postmortem.core.recurrence.Reopening;
import io.postmortem.jira.application.checklist.ProjectChecklistSettings;
import io.postmortem.jira.application.issue.IssueVisibility;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.storage.ProjectSettingsStore;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import io.postmortem.jira.testing.StoreDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * Reopening the done items of an earlier postmortem when a later incident is marked as its
 * recurrence: the project setting, Jira's transition service, the comment, refusals and items the
 * author cannot see. Jira's workflow: Done (step 3) has "Reopen" (action 31) to Open (step 1) and
 * "Close" (action 41) to Closed (step 4, done).
 */
public class RecurredItemReopenerTest {
  private static final long OPS = 10_000L;
  private static final long WEB = 10_001L;

  private final FakeJira jira = new FakeJira();
  private final IssueService issueService = mock(IssueService.class);
  private final WorkflowManager workflows = mock(WorkflowManager.class);
  private final CommentManager comments = mock(CommentManager.class);
  private final ApplicationProperties properties = mock(ApplicationProperties.class);
  private final ProjectSettingsStore projectSettings =
      new ProjectSettingsStore(StoreDatabase.emptyH2());
  private final Status open = status("new");
  private final Status done = status("done");
  private final Status closed = status("done");
  private final List<Issue> items = new ArrayList<>();
  private Issue earlier;
  private Issue later;
  private ApplicationUser ed;
  private RecurredItemReopener reopener;

  @Before
  public void setUp() {
    ed = jira.logIn("ed");
    later = jira.issue("PM-9", 9L);
    earlier = FakeJira.issue(5L, "PM-5", FakeJira.POSTMORTEM_TYPE);
    when(earlier.getSubTaskObjects()).thenAnswer(call -> items);
    when(properties.getDefaultLocale()).thenReturn(Locale.GERMAN);
    I18nHelper.BeanFactory i18n = mock(I18nHelper.BeanFactory.class);
    lenient()
        .when(i18n.getInstance(any(Locale.class)))
        .thenAnswer(call -> BundleI18nHelper.forLocale(call.getArgument(0)));
    lenient()
        .when(i18n.getInstance(any(ApplicationUser.class)))
        .thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    when(issueService.newIssueInputParameters()).thenReturn(mock(IssueInputParameters.class));
    JiraWorkflow workflow = workflow();
    when(workflows.getWorkflow(any(Issue.class))).thenReturn(workflow);
    reopener =
        new RecurredItemReopener(
            configuration(),
            new EarlierRemediation(jira.links),
            new ProjectChecklistSettings(projectSettings),
            new IssueVisibility(jira.permissions),
            new RecurredItemReopener.Jira(
                jira.permissions, issueService, workflows, comments, i18n, properties));
  }

  @Test
  public void withTheSettingOffNothingIsReopened() {
    Issue item = item(11L, "OPS-11", OPS, done);
    allowed(item);
    accepting();

    Reopening.Outcome outcome = reopener.reopen(later, earlier, ed);

    assertEquals(Reopening.Outcome.NONE, outcome);
    verify(issueService, never()).transition(any(), any());
    verify(comments, never()).create(any(), any(), anyString(), anyBoolean());
  }

  @Test
  public void withTheSettingOnDoneItemsAreReopenedWithACommentAndOpenOnesAreLeftAlone() {
    reopenIn(OPS);
    Issue doneItem = item(11L, "OPS-11", OPS, done);
    Issue openItem = item(12L, "OPS-12", OPS, open);
    allowed(doneItem, openItem);
    accepting();

    Reopening.Outcome outcome = reopener.reopen(later, earlier, ed);

    assertEquals(List.of("OPS-11"), outcome.reopened());
    verify(issueService).validateTransition(eq(ed), eq(11L), eq(31), any());
    verify(issueService, never()).validateTransition(any(), eq(12L), anyInt(), any());
    verify(comments)
        .create(
            doneItem,
            ed,
            "Wieder ge\u00f6ffnet, weil der Vorfall erneut aufgetreten ist: ed hat PM-9 als"
                + " Wiederholung von PM-5 markiert.",
            true);
    assertEquals(List.of("Reopened OPS-11."), reopener.messages(outcome, ed));
  }

  @Test
  public void onlyItemsOfProjectsWithTheSettingOnAreReopened() {
    reopenIn(OPS);
    Issue ops = item(11L, "OPS-11", OPS, done);
    Issue web = item(21L, "WEB-21", WEB, done);
    allowed(ops, web);
    accepting();

    assertEquals(List.of("OPS-11"), reopener.reopen(later, earlier, ed).reopened());
  }

  @Test
  public void aTransitionJiraRefusesIsReportedWithJiraReasonAndNothingIsThrown() {
    reopenIn(OPS);
    Issue item = item(11L, "OPS-11", OPS, done);
    allowed(item);
    IssueService.TransitionValidationResult refused =
        mock(IssueService.TransitionValidationResult.class);
    when(refused.isValid()).thenReturn(false);
    ErrorCollection errors = mock(ErrorCollection.class);
    when(errors.getErrorMessages()).thenReturn(List.of("You must enter a resolution."));
    when(errors.getErrors()).thenReturn(Map.of());
    when(refused.getErrorCollection()).thenReturn(errors);
    when(issueService.validateTransition(any(), anyLong(), anyInt(), any())).thenReturn(refused);

    Reopening.Outcome outcome = reopener.reopen(later, earlier, ed);

    assertEquals(List.of(), outcome.reopened());
    assertEquals(
        List.of("Could not reopen OPS-11: You must enter a resolution."),
        reopener.messages(outcome, ed));
    verify(issueService, never()).transition(any(), any());
    verify(comments, never()).create(any(), any(), anyString(), anyBoolean());
  }

  @Test
  public void anItemWhoseWorkflowCannotLeaveDoneIsReportedNotReopened() {
    reopenIn(OPS);
    Issue item = item(11L, "OPS-11", OPS, closed);
    allowed(item);
    accepting();

    Reopening.Outcome outcome = reopener.reopen(later, earlier, ed);

    assertEquals(
        List.of(
            "Could not reopen OPS-11: its workflow has no transition from its status to an open"
                + " status."),
        reopener.messages(outcome, ed));
    verify(issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
  }

  @Test
  public void itemsTheAuthorCannotBrowseOrTransitionAreCountedNotReopened() {
    reopenIn(OPS);
    Issue unseen = item(11L, "OPS-11", OPS, done);
    Issue seenOnly = item(12L, "OPS-12", OPS, done);
    Issue hiddenButOpen = item(13L, "OPS-13", OPS, open);
    jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, "OPS-12");
    accepting();

    Reopening.Outcome outcome = reopener.reopen(later, earlier, ed);

    assertEquals(List.of(), outcome.reopened());
    assertEquals(2, outcome.hidden());
    assertEquals(
        List.of("2 items you cannot see were not reopened."), reopener.messages(outcome, ed));
    verify(issueService, never()).validateTransition(any(), anyLong(), anyInt(), any());
  }

  @Test
  public void anItemReopenedOnceIsOpenSoASecondCallLeavesIt() {
    reopenIn(OPS);
    Issue item = item(11L, "OPS-11", OPS, done);
    allowed(item);
    accepting();
    when(issueService.transition(any(), any()))
        .thenAnswer(
            call -> {
              when(item.getStatus()).thenReturn(open);
              return valid(IssueService.IssueResult.class);
            });

    reopener.reopen(later, earlier, ed);
    Reopening.Outcome second = reopener.reopen(later, earlier, ed);

    assertEquals(Reopening.Outcome.NONE, second);
    verify(issueService, times(1)).transition(any(), any());
  }

  // --- this Jira ---------------------------------------------------------------------------------

  private void reopenIn(long projectId) {
    projectSettings.save(projectId, Map.of("recurrence.reopenDoneItems", "true"), null);
  }

  private Issue item(long id, String key, long projectId, Status status) {
    Issue item = FakeJira.issue(id, key, FakeJira.REMEDIATION_TYPE);
    lenient().when(item.getProjectId()).thenReturn(projectId);
    lenient().when(item.getStatus()).thenReturn(status);
    items.add(item);
    return item;
  }

  private void allowed(Issue... allowed) {
    for (Issue item : allowed) {
      jira.grant("ed", ProjectPermissions.BROWSE_PROJECTS, item.getKey());
      jira.grant("ed", ProjectPermissions.TRANSITION_ISSUES, item.getKey());
    }
  }

  private void accepting() {
    IssueService.TransitionValidationResult validation =
        valid(IssueService.TransitionValidationResult.class);
    lenient()
        .when(issueService.validateTransition(any(), anyLong(), anyInt(), any()))
        .thenReturn(validation);
    IssueService.IssueResult result = valid(IssueService.IssueResult.class);
    lenient().when(issueService.transition(any(), any())).thenReturn(result);
  }

  private static <T> T valid(Class<T> type) {
    T result = mock(type);
    try {
      when(type.getMethod("isValid").invoke(result)).thenReturn(true);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return result;
  }

  private JiraWorkflow workflow() {
    WorkflowDescriptor descriptor = mock(WorkflowDescriptor.class);
    StepDescriptor openStep = mock(StepDescriptor.class);
    StepDescriptor doneStep = mock(StepDescriptor.class);
    StepDescriptor closedStep = mock(StepDescriptor.class);
    when(descriptor.getStep(1)).thenReturn(openStep);
    when(descriptor.getStep(3)).thenReturn(doneStep);
    when(descriptor.getStep(4)).thenReturn(closedStep);
    when(descriptor.getGlobalActions()).thenReturn(List.of());
    List<ActionDescriptor> outOfDone = List.of(action(41, 4), action(31, 1));
    List<ActionDescriptor> outOfClosed = List.of(action(51, 3));
    lenient().when(doneStep.getActions()).thenReturn(outOfDone);
    lenient().when(closedStep.getActions()).thenReturn(outOfClosed);
    JiraWorkflow workflow = mock(JiraWorkflow.class);
    when(workflow.getDescriptor()).thenReturn(descriptor);
    lenient().when(workflow.getLinkedStep(done)).thenReturn(doneStep);
    lenient().when(workflow.getLinkedStep(closed)).thenReturn(closedStep);
    lenient().when(workflow.getLinkedStatusObject(openStep)).thenReturn(open);
    lenient().when(workflow.getLinkedStatusObject(doneStep)).thenReturn(done);
    lenient().when(workflow.getLinkedStatusObject(closedStep)).thenReturn(closed);
    return workflow;
  }

  private static ActionDescriptor action(int id, int targetStep) {
    ActionDescriptor action = mock(ActionDescriptor.class);
    ResultDescriptor result = mock(ResultDescriptor.class);
    lenient().when(result.getStep()).thenReturn(targetStep);
    lenient().when(action.getId()).thenReturn(id);
    lenient().when(action.getUnconditionalResult()).thenReturn(result);
    return action;
  }

  private static Status status(String categoryKey) {
    StatusCategory category = mock(StatusCategory.class);
    lenient().when(category.getKey()).thenReturn(categoryKey);
    Status status = mock(Status.class);
    lenient().when(status.getStatusCategory()).thenReturn(category);
    return status;
  }

  private static PostmortemConfiguration configuration() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    PluginSettings settings = mock(PluginSettings.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(FakeJira.setUpMapping().toMap());
    return new PostmortemConfiguration(factory, mock(CustomFieldManager.class));
  }
}
