package io.postmortem.jira.workflow;

import static io.postmortem.jira.testing.FakeJira.POSTMORTEM_TYPE;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_LINK;
import static io.postmortem.jira.testing.FakeJira.REMEDIATION_TYPE;
import static io.postmortem.jira.testing.FakeJira.TASK_TYPE;
import static io.postmortem.jira.testing.FakeJira.issue;
import static io.postmortem.jira.testing.FakeJira.link;
import static io.postmortem.jira.testing.FakeJira.priority;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.opensymphony.workflow.InvalidInputException;
import io.postmortem.jira.application.issue.FieldRole;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/** Closing a remediation item: Critical and High items need verification evidence. */
public class VerifiedFixValidatorTest {

  private static final String EVIDENCE_FIELD = "customfield_10312";

  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);
  private final IssueLinkManager links = mock(IssueLinkManager.class);
  private final PluginSettingsFactory settingsFactory = mock(PluginSettingsFactory.class);
  private final PluginSettings settings = mock(PluginSettings.class);
  private final CustomFieldManager fields = mock(CustomFieldManager.class);
  private final CustomField evidence = FakeJira.field(EVIDENCE_FIELD);
  private final List<IssueLink> inward = new ArrayList<>();
  private JiraMapping mapping = FakeJira.setUpMapping();
  private VerifiedFixValidator validator;

  @Before
  public void setUp() {
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(Locale.ENGLISH));
    when(settingsFactory.createGlobalSettings()).thenReturn(settings);
    when(settings.get("io.postmortem.jira.configuration")).thenAnswer(c -> mapping.toMap());
    when(evidence.getName()).thenReturn("Verification evidence");
    when(fields.getCustomFieldObject(EVIDENCE_FIELD)).thenReturn(evidence);
    when(links.getOutwardLinks(anyLong())).thenReturn(List.of());
    when(links.getInwardLinks(anyLong())).thenReturn(inward);
    validator =
        new VerifiedFixValidator(auth, links, new PostmortemConfiguration(settingsFactory, fields));
  }

  @Test
  public void refusesToCloseAHighItemWithoutEvidenceAndSaysWhatToEnter() {
    Issue item = item("OPS-5", REMEDIATION_TYPE, "High", null);

    assertEquals(
        List.of(
            "OPS-5 is a High remediation item: before it closes, fill in \"Verification"
                + " evidence\" with how the fix was shown to work (a test, a dashboard, a game"
                + " day; a link helps)."),
        refusalOf(item));
  }

  @Test
  public void refusesEvidenceThatOnlySaysTheWorkWasDone() {
    Issue item = item("OPS-6", REMEDIATION_TYPE, "Highest", "Done");

    assertEquals(
        List.of(
            "OPS-6: \"Verification evidence\" says the work was done, not how the fix was shown"
                + " to work. Name the test, dashboard or game day that shows it (a link helps)."),
        refusalOf(item));
  }

  @Test
  public void letsAHighItemCloseWithEvidence() throws Exception {
    Issue item =
        item("OPS-7", REMEDIATION_TYPE, "High", "Load test https://ci.example.com/job/42 passed");

    validator.validate(Map.of("issue", item), Map.of(), null);
  }

  @Test
  public void letsMediumItemsCloseWithoutEvidence() throws Exception {
    Issue item = item("OPS-8", REMEDIATION_TYPE, "Medium", null);

    validator.validate(Map.of("issue", item), Map.of(), null);
  }

  @Test
  public void letsOtherIssuesOnASharedWorkflowClose() throws Exception {
    Issue task = item("OPS-9", TASK_TYPE, "Highest", null);

    validator.validate(Map.of("issue", task), Map.of(), null);
  }

  @Test
  public void checksAnItemOfAnotherTypeThatAPostmortemLinksAsRemediation() {
    Issue task = item("OPS-10", TASK_TYPE, "High", "");
    inward.add(link(issue(1L, "PM-1", POSTMORTEM_TYPE), task, REMEDIATION_LINK));

    assertEquals(1, refusalOf(task).size());
  }

  @Test
  public void refusesWithAClearMessageWhenTheEvidenceFieldIsNotSetUp() {
    mapping = mapping.withField(FieldRole.VERIFICATION, null);
    Issue item = item("OPS-11", REMEDIATION_TYPE, "High", null);

    assertEquals(
        List.of(
            "The verification evidence field is missing. An administrator can create it with"
                + " \"Check and repair setup\" on the Postmortem setup page."),
        refusalOf(item));
  }

  private Issue item(String key, String type, String priorityName, String text) {
    Issue item = issue(Long.parseLong(key.substring(4)) + 100, key, type);
    String id = String.valueOf(List.of("Highest", "High", "Medium").indexOf(priorityName) + 1);
    Priority priority = priority(id, priorityName);
    when(item.getPriority()).thenReturn(priority);
    when(item.getCustomFieldValue(evidence)).thenReturn(text);
    return item;
  }

  private List<?> refusalOf(Issue item) {
    try {
      validator.validate(Map.of("issue", item), Map.of(), null);
    } catch (InvalidInputException e) {
      return new ArrayList<>(e.getGenericErrors());
    }
    fail("the transition was allowed");
    return List.of();
  }
}
