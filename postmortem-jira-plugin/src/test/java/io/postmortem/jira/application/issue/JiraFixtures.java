package io.postmortem.jira.application.issue;

import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Mockito-built Jira objects for tests: Jira is mocked, our code is real. */
public final class JiraFixtures {

  public static final String POSTMORTEM_TYPE = "10100";
  public static final String REMEDIATION_TYPE = "10101";
  public static final String TASK_TYPE = "10002";
  public static final Long POSTMORTEM_LINK = 10200L;
  public static final Long REMEDIATION_LINK = 10201L;
  public static final Long RELATES_LINK = 10003L;

  private JiraFixtures() {}

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

  public static ApplicationUser user(String key) {
    ApplicationUser user = mock(ApplicationUser.class);
    lenient().when(user.getKey()).thenReturn(key);
    lenient().when(user.isActive()).thenReturn(true);
    return user;
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
