package io.postmortem.jira.testing;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mockito.Answers;
import org.mockito.invocation.InvocationOnMock;
import org.mockito.stubbing.Answer;

/**
 * How an issue {@link FakeJira} created answers: what a setter put, a getter returns (custom field
 * values by field id), the way Jira's {@code IssueImpl} keeps what {@code IssueFactory} callers and
 * {@code IssueService.create} set. Part of the one fake Jira, not a fake of its own: the sub-tasks
 * come from FakeJira's {@code SubTaskManager}.
 */
final class StoredIssue implements Answer<Object> {

  private final Map<String, Object> values = new HashMap<>();
  private final Map<String, Object> customFields = new HashMap<>();
  private final Function<Long, List<Issue>> subTasks;

  StoredIssue(Function<Long, List<Issue>> subTasks) {
    this.subTasks = subTasks;
  }

  void set(String property, Object value) {
    values.put(property, value);
  }

  void setCustomField(String fieldId, Object value) {
    customFields.put(fieldId, value);
  }

  @Override
  public Object answer(InvocationOnMock call) throws Throwable {
    String name = call.getMethod().getName();
    Object[] args = call.getArguments();
    switch (name) {
      case "setCustomFieldValue" -> {
        customFields.put(((CustomField) args[0]).getId(), args[1]);
        return null;
      }
      case "getCustomFieldValue" -> {
        return customFields.get(((CustomField) args[0]).getId());
      }
      case "isSubTask" -> {
        return values.get("ParentObject") != null;
      }
      case "getSubTaskObjects" -> {
        return subTasks.apply((Long) values.get("Id"));
      }
      case "getProjectId" -> {
        Project project = (Project) values.get("ProjectObject");
        return project == null ? null : project.getId();
      }
      case "getAssigneeId" -> {
        ApplicationUser assignee = (ApplicationUser) values.get("Assignee");
        return assignee == null ? null : assignee.getKey();
      }
      case "toString" -> {
        return "issue " + values.get("Key");
      }
      default -> {
        if (name.startsWith("set") && args.length == 1) {
          values.put(name.substring(3), args[0]);
          return null;
        }
        if (name.startsWith("get") && args.length == 0 && values.containsKey(name.substring(3))) {
          return values.get(name.substring(3));
        }
        return Answers.RETURNS_DEFAULTS.answer(call);
      }
    }
  }
}
