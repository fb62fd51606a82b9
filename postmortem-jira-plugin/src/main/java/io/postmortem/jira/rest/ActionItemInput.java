package io.postmortem.jira.rest;

import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.DueDateLimits;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.jira.application.http.RestErrors;
import io.postmortem.jira.application.http.RestFailure;
import io.postmortem.jira.application.issue.ActionItemCreator;
import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.issue.NewActionItem;
import io.postmortem.jira.application.issue.PostmortemConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks an "Add action item" request field by field and resolves it in Jira, collecting every bad
 * field so the dialog marks them all at once. A project the caller may not create in, or cannot
 * see, is refused the same way, so projects cannot be probed.
 */
@Named
public class ActionItemInput {

  static final String KEY_PROJECT = "postmortem.rest.error.action-item.project";
  static final String KEY_ASSIGNEE = "postmortem.rest.error.action-item.assignee";

  /** Jira's own limit for a summary. */
  static final int SUMMARY_MAX = 255;

  private final ProjectManager projects;
  private final PermissionManager permissions;
  private final UserManager users;
  private final PriorityManager priorities;
  private final PostmortemConfiguration configuration;

  @Inject
  public ActionItemInput(
      @ComponentImport ProjectManager projects,
      @ComponentImport PermissionManager permissions,
      @ComponentImport UserManager users,
      @ComponentImport PriorityManager priorities,
      PostmortemConfiguration configuration) {
    this.projects = projects;
    this.permissions = permissions;
    this.users = users;
    this.priorities = priorities;
    this.configuration = configuration;
  }

  /** The checked item; 400 naming every bad field otherwise. */
  NewActionItem read(
      ActionItemRequest request,
      Issue postmortem,
      Postmortem snapshot,
      DueDateLimits limits,
      ApplicationUser caller,
      LocalDate today) {
    List<RestFailure> failures = new ArrayList<>();
    JiraMapping mapping = configuration.current();
    String summary =
        field(failures, () -> RequestFields.text("summary", request.summary(), SUMMARY_MAX));
    Project project = field(failures, () -> project(request.project(), caller));
    boolean subTask = project != null && project.getId().equals(postmortem.getProjectId());
    IssueType type =
        project == null ? null : field(failures, () -> type(project, subTask, mapping));
    ApplicationUser assignee =
        project == null ? null : field(failures, () -> assignee(request.assignee(), project));
    Priority priority = field(failures, () -> priority(request.priority()));
    Horizon horizon =
        field(failures, () -> RequestFields.choice("horizon", request.horizon(), Horizon.class));
    String measure = field(failures, () -> measure(request.successMeasure()));
    LocalDate due =
        priority == null || horizon == null
            ? null
            : field(
                failures,
                () ->
                    dueDate(
                        request.dueDate(),
                        today,
                        latest(limits, snapshot, mapping, priority, horizon)));
    if (!failures.isEmpty()) {
      throw RestErrors.invalid(failures);
    }
    return new NewActionItem(
        project, type, subTask, summary, assignee, priority, horizon, due, measure);
  }

  /**
   * The latest due date the limit allows for an item of this priority and horizon on this
   * postmortem: the day the {@code due-within-limit} rule names, from the same core computation.
   */
  static LocalDate latest(
      DueDateLimits limits,
      Postmortem snapshot,
      JiraMapping mapping,
      Priority priority,
      Horizon horizon) {
    return limits.latestDueDate(
        snapshot.createdOn(),
        snapshot.worstSeverity(),
        mapping.priorityLevelOf(priority.getId(), priority.getName()),
        horizon);
  }

  /** The projects the caller may create issues in. */
  List<Project> creatable(ApplicationUser caller) {
    return List.copyOf(permissions.getProjects(ProjectPermissions.CREATE_ISSUES, caller));
  }

  List<Priority> priorities() {
    return priorities.getPriorities();
  }

  private Project project(String key, ApplicationUser caller) {
    String text = RequestFields.text("project", key, RequestFields.SHORT_MAX);
    Project project = projects.getProjectObjByKey(text);
    if (project == null
        || !permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, caller)) {
      throw RestErrors.invalid("project", KEY_PROJECT, text);
    }
    return project;
  }

  private static String measure(String value) {
    return RequestFields.text("successMeasure", value, RequestFields.TEXT_MAX);
  }

  private static IssueType type(Project project, boolean subTask, JiraMapping mapping) {
    return ActionItemCreator.itemType(project, subTask, mapping)
        .orElseThrow(() -> RestErrors.invalid("project", ActionItemCreator.KEY_NO_TYPE));
  }

  private ApplicationUser assignee(String name, Project project) {
    String text = RequestFields.optionalText("assignee", name, RequestFields.SHORT_MAX);
    if (text.isEmpty()) {
      return null;
    }
    ApplicationUser user = users.getUserByName(text);
    if (user == null
        || !permissions.hasPermission(ProjectPermissions.ASSIGNABLE_USER, project, user)) {
      throw RestErrors.invalid("assignee", KEY_ASSIGNEE, text, project.getKey());
    }
    return user;
  }

  private Priority priority(String id) {
    String text = RequestFields.text("priority", id, RequestFields.SHORT_MAX);
    return priorities.getPriorities().stream()
        .filter(p -> text.equals(p.getId()))
        .findFirst()
        .orElseThrow(
            () ->
                RestErrors.invalid(
                    "priority",
                    RequestFields.KEY_CHOICE,
                    "priority",
                    String.join(
                        ", ",
                        priorities.getPriorities().stream().map(Priority::getName).toList())));
  }

  /** The date asked for, from today to the latest the limit allows; that latest date when empty. */
  private static LocalDate dueDate(String value, LocalDate today, LocalDate latest) {
    if (value == null || value.isBlank()) {
      return latest;
    }
    LocalDate due = RequestFields.date("dueDate", value);
    if (due.isBefore(today)) {
      throw RestErrors.invalid(
          "dueDate", RequestFields.KEY_DATE_IN_PAST, "dueDate", today.toString());
    }
    if (due.isAfter(latest)) {
      throw RestErrors.invalid("dueDate", RequestFields.KEY_DATE_BEYOND, "dueDate", latest);
    }
    return due;
  }

  private static <T> T field(List<RestFailure> failures, Supplier<T> check) {
    try {
      return check.get();
    } catch (RestFailure failure) {
      failures.add(failure);
      return null;
    }
  }
}
