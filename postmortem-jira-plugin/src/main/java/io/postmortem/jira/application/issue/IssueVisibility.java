package io.postmortem.jira.application.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.checklist.HiddenIssues;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place every output asks whether its reader may see an issue. An action item often lives
 * in another team's project, so the other end of a postmortem link is routinely an issue the reader
 * cannot browse: panels, REST answers, validator refusals, dashboard rows and digests leave it out
 * and say how many they left out, while the checklist itself is still judged on every item.
 */
@Named
public class IssueVisibility {

  private final PermissionManager permissions;

  @Inject
  public IssueVisibility(@ComponentImport PermissionManager permissions) {
    this.permissions = permissions;
  }

  /** Whether {@code viewer} (null when anonymous) may browse {@code issue}. */
  public boolean canBrowse(Issue issue, ApplicationUser viewer) {
    return issue != null
        && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, viewer);
  }

  /** The keys of the issues among {@code issues} that {@code viewer} may not browse. */
  public HiddenIssues hiddenAmong(Collection<Issue> issues, ApplicationUser viewer) {
    return HiddenIssues.of(
        filter(issues, issue -> issue, viewer).left().stream().map(Issue::getKey).toList());
  }

  /**
   * {@code things} split into those whose issue {@code viewer} may browse and the others. Issues
   * without a security level are decided once per project, so the permission checks grow with the
   * projects involved, not with the number of items; an issue with a security level is checked on
   * its own.
   */
  public <T> Visible<T> filter(
      Collection<T> things, Function<T, Issue> issueOf, ApplicationUser viewer) {
    Map<Long, Boolean> browsableProjects = new HashMap<>();
    List<T> shown = new ArrayList<>();
    List<T> left = new ArrayList<>();
    for (T thing : things) {
      Issue issue = issueOf.apply(thing);
      if (issue != null && browsable(issue, viewer, browsableProjects)) {
        shown.add(thing);
      } else {
        left.add(thing);
      }
    }
    return new Visible<>(shown, left);
  }

  private boolean browsable(
      Issue issue, ApplicationUser viewer, Map<Long, Boolean> browsableProjects) {
    Project project = issue.getProjectObject();
    if (project == null || project.getId() == null || issue.getSecurityLevelId() != null) {
      return canBrowse(issue, viewer);
    }
    return browsableProjects.computeIfAbsent(
        project.getId(),
        id -> permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, viewer));
  }

  /**
   * What a reader may see of a list.
   *
   * @param shown the entries about issues they may browse, in the original order
   * @param left the entries left out, never to be shown to that reader
   */
  public record Visible<T>(List<T> shown, List<T> left) {
    public Visible {
      shown = List.copyOf(shown);
      left = List.copyOf(left);
    }

    /** How many entries were left out. */
    public int hidden() {
      return left.size();
    }
  }
}
