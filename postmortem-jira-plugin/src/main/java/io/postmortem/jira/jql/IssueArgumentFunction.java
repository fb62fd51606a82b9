package io.postmortem.jira.jql;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import io.postmortem.jira.application.search.CappedIds;
import io.postmortem.jira.application.search.CappedIssueSearch;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A function of one issue key, e.g. {@code remediationItemsOf("PM-1")}. The argument must look like
 * an issue key before Jira is asked about it, so a megabyte of text never reaches the issue lookup.
 * An unknown key and a key the searcher may not see get the same message, so the function cannot be
 * used to probe for hidden issues.
 */
abstract class IssueArgumentFunction extends PostmortemJqlFunction {
  /** Far above any real key: Jira caps project keys at 255 characters and numbers at a long. */
  static final int MAX_KEY_LENGTH = 300;

  /** Jira's default project key pattern (a letter, then letters, digits or _) and a number. */
  private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]*-[1-9][0-9]{0,18}");

  /** How much of a refused argument the message repeats. */
  private static final int SHOWN = 40;

  private final String name;
  private final IssueManager issueManager;
  private final PermissionManager permissionManager;
  private final CappedIssueSearch search;

  IssueArgumentFunction(
      I18nHelper.BeanFactory i18nFactory,
      RequestMemo memo,
      String name,
      IssueManager issueManager,
      PermissionManager permissionManager,
      CappedIssueSearch search) {
    super(i18nFactory, memo, name, 1);
    this.name = name;
    this.issueManager = issueManager;
    this.permissionManager = permissionManager;
    this.search = search;
  }

  @Override
  void validateArguments(
      ApplicationUser searcher, List<String> args, I18nHelper i18n, MessageSet messages) {
    String key = normalized(args.get(0));
    if (key == null) {
      messages.addErrorMessage(i18n.getText("postmortem.jql.issue.key", name, shown(args.get(0))));
    } else if (visibleIssue(searcher, key) == null) {
      messages.addErrorMessage(i18n.getText("postmortem.jql.issue.unknown", key));
    }
  }

  @Override
  boolean argumentsUsable(List<String> args) {
    return normalized(args.get(0)) != null;
  }

  @Override
  CappedIds issueIds(ApplicationUser searcher, List<String> args) {
    String key = normalized(args.get(0));
    Issue issue = key == null ? null : visibleIssue(searcher, key);
    return issue == null
        ? CappedIds.none(CappedIssueSearch.MAX_RESULTS)
        : search.ids(searcher, jql(issue.getKey()));
  }

  /** The query for the given (visible, existing) issue key. */
  abstract String jql(String issueKey);

  /** The argument as an upper-case issue key, or null when it cannot be one. */
  static String normalized(String argument) {
    if (argument == null || argument.length() > MAX_KEY_LENGTH) {
      return null;
    }
    String key = argument.trim().toUpperCase(Locale.ROOT);
    return ISSUE_KEY.matcher(key).matches() ? key : null;
  }

  private static String shown(String argument) {
    String text = argument == null ? "" : argument.strip();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "\u2026";
  }

  private Issue visibleIssue(ApplicationUser searcher, String key) {
    Issue issue = issueManager.getIssueObject(key);
    if (issue == null
        || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher)) {
      return null;
    }
    return issue;
  }
}
