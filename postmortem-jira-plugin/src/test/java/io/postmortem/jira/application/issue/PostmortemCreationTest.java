package io.postmortem.jira.application.issue;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_LINK;
import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.postmortem.jira.testing.FakeJira;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class PostmortemCreationTest {

  private final IssueService issueService = mock(IssueService.class);
  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final CustomFieldManager customFields = mock(CustomFieldManager.class);
  private final PluginSettings settings = mock(PluginSettings.class);
  private final IssueInputParameters input = mock(IssueInputParameters.class, RETURNS_SELF);
  private final IssueService.CreateValidationResult validation =
      mock(IssueService.CreateValidationResult.class);
  private final IssueService.IssueResult result = mock(IssueService.IssueResult.class);
  private final ApplicationUser creator = FakeJira.user("JIRAUSER1");
  private final Project project = mock(Project.class);
  private final MutableIssue created = mock(MutableIssue.class);
  private Issue incident;
  private PostmortemCreation creation;

  @Before
  public void setUp() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    when(settings.get(anyString())).thenReturn(FakeJira.setUpMapping().toMap());
    when(customFields.getCustomFieldObject(anyString()))
        .thenAnswer(call -> FakeJira.field(call.getArgument(0)));
    creation =
        new PostmortemCreation(
            issueService, links, new PostmortemConfiguration(factory, customFields));
    when(creator.getUsername()).thenReturn("ann");
    when(project.getId()).thenReturn(10000L);
    incident = FakeJira.issue(5L, "OPS-5", "10001");
    when(created.getId()).thenReturn(50L);
    when(created.getKey()).thenReturn("PM-1");
    when(issueService.newIssueInputParameters()).thenReturn(input);
    when(issueService.validateCreate(creator, input)).thenReturn(validation);
    when(validation.isValid()).thenReturn(true);
    when(issueService.create(creator, validation)).thenReturn(result);
    when(result.isValid()).thenReturn(true);
    when(result.getIssue()).thenReturn(created);
  }

  private PostmortemCreation.Request request() {
    return new PostmortemCreation.Request(
        incident, project, creator, "Postmortem: OPS-5", "", "bob", "fay");
  }

  @Test
  public void createsAPostmortemOfTheConfiguredTypeAndLinksItToTheIncident() throws Exception {
    MutableIssue postmortem = creation.create(request());

    assertSame(created, postmortem);
    verify(input).setProjectId(10000L);
    verify(input).setIssueTypeId(POSTMORTEM_TYPE);
    verify(input).setSummary("Postmortem: OPS-5");
    verify(input).setReporterId("ann");
    verify(input).setAssigneeId("bob");
    verify(input).addCustomFieldValue(10308L, "fay");
    verify(links).createIssueLink(50L, 5L, POSTMORTEM_LINK, null, creator);
  }

  @Test
  public void copiesTheIncidentsSeverityOption() {
    Object sev1 = FakeJira.option(42L, "Sev-1");
    when(incident.getCustomFieldValue(any())).thenReturn(sev1);

    creation.create(request());

    verify(input).addCustomFieldValue(10311L, "42");
  }

  @Test
  public void leavesTheAssigneeToJiraWhenNoneIsGiven() {
    creation.create(new PostmortemCreation.Request(incident, project, creator, "S", null, "", ""));

    verify(input, never()).setAssigneeId(anyString());
  }

  @Test
  public void refusesWithJirasOwnMessageAndCreatesNothingWhenJiraRejectsTheFields() {
    ErrorCollection errors = mock(ErrorCollection.class);
    when(errors.getErrors()).thenReturn(Map.of("summary", "You must specify a summary."));
    when(validation.isValid()).thenReturn(false);
    when(validation.getErrorCollection()).thenReturn(errors);

    try {
      creation.create(request());
      fail("created despite Jira's refusal");
    } catch (PostmortemCreation.Refused refused) {
      assertEquals("summary", refused.field());
      assertEquals(PostmortemCreation.KEY_JIRA_REFUSED, refused.messageKey());
      assertEquals(List.of("You must specify a summary."), List.of(refused.args()));
    }
    verify(issueService, never()).create(any(), any());
    verifyNoInteractions(links);
  }

  @Test
  public void refusesBeforeAskingJiraWhenThePostmortemTypeIsNotSetUp() {
    when(settings.get(anyString())).thenReturn(null);

    try {
      creation.create(request());
      fail("created without a Postmortem issue type");
    } catch (PostmortemCreation.Refused refused) {
      assertEquals(PostmortemCreation.KEY_NOT_SET_UP, refused.messageKey());
    }
    verifyNoInteractions(issueService);
  }

  @Test
  public void keepsTheCreatedPostmortemWhenJiraReportsTheLinkChangeAsFailed() throws Exception {
    org.mockito.Mockito.doThrow(new CreateException("change item"))
        .when(links)
        .createIssueLink(50L, 5L, POSTMORTEM_LINK, null, creator);

    assertSame(created, creation.create(request()));
  }
}
