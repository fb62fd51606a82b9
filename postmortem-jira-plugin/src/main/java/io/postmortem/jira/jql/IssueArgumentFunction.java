package io.postmortem.jira.jql;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import io.postmortem.jira.application.search.CappedIssueSearch;
import java.util.List;

/**
 * A function of one issue key, e.g. {@code remediationItemsOf("PM-1")}. An unknown key and a key
 * the searcher may not see get the same message, so the function cannot be used to probe for hidden
 * issues.
 */
abstract class IssueArgumentFunction extends PostmortemJqlFunction {
  private final IssueManager issueManager;
  private final PermissionManager permissionManager;
  private final CappedIssueSearch search;

  IssueArgumentFunction(
      I18nHelper.BeanFactory i18nFactory,
      String name,
      IssueManager issueManager,
      PermissionManager permissionManager,
      CappedIssueSearch search) {
    super(i18nFactory, name, 1);
    this.issueManager = issueManager;
    this.permissionManager = permissionManager;
    this.search = search;
  }

  @Override
  void validateArguments(
      ApplicationUser searcher, List<String> args, I18nHelper i18n, MessageSet messages) {
    if (visibleIssue(searcher, args.get(0)) == null) {
      messages.addErrorMessage(i18n.getText("postmortem.jql.issue.unknown", args.get(0)));
    }
  }

  @Override
  List<Long> issueIds(ApplicationUser searcher, List<String> args) {
    Issue issue = visibleIssue(searcher, args.get(0));
    return issue == null ? List.of() : search.ids(searcher, jql(issue.getKey()));
  }

  /** The query for the given (visible, existing) issue key. */
  abstract String jql(String issueKey);

  private Issue visibleIssue(ApplicationUser searcher, String key) {
    String trimmed = key == null ? "" : key.trim();
    if (trimmed.isEmpty()) {
      return null;
    }
    Issue issue = issueManager.getIssueObject(trimmed);
    if (issue == null
        || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher)) {
      return null;
    }
    return issue;
  }
}
