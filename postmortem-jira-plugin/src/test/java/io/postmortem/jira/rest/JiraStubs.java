package io.postmortem.jira.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Mocked Jira services for REST tests: issues by key, permissions per (permission, issue key), a
 * logged-in user, and an I18nHelper that renders "key[arg1,arg2]" so tests see which message and
 * arguments reached the user.
 */
public final class JiraStubs {

  public final IssueManager issueManager = mock(IssueManager.class);
  public final PermissionManager permissionManager = mock(PermissionManager.class);
  public final JiraAuthenticationContext authenticationContext =
      mock(JiraAuthenticationContext.class);
  public final I18nHelper i18n = mock(I18nHelper.class);
  private final Map<String, MutableIssue> issues = new HashMap<>();
  private final Set<String> grants = new HashSet<>();

  public JiraStubs() {
    lenient().when(authenticationContext.getI18nHelper()).thenReturn(i18n);
    lenient().when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
    lenient()
        .when(i18n.getText(anyString(), any(Object.class)))
        .thenAnswer(
            call ->
                call.getArgument(0)
                    + Arrays.toString((Object[]) call.getArgument(1)).replace(", ", ","));
    lenient()
        .when(issueManager.getIssueObject(anyString()))
        .thenAnswer(call -> issues.get(call.<String>getArgument(0)));
    lenient()
        .when(issueManager.getIssueObject(any(Long.class)))
        .thenAnswer(
            call ->
                issues.values().stream()
                    .filter(i -> call.getArgument(0).equals(i.getId()))
                    .findFirst()
                    .orElse(null));
    lenient()
        .when(
            permissionManager.hasPermission(
                any(ProjectPermissionKey.class),
                any(com.atlassian.jira.issue.Issue.class),
                any(ApplicationUser.class)))
        .thenAnswer(
            call ->
                grants.contains(
                    call.getArgument(0).toString()
                        + "|"
                        + call.<com.atlassian.jira.issue.Issue>getArgument(1).getKey()
                        + "|"
                        + call.<ApplicationUser>getArgument(2).getKey()));
  }

  public ApplicationUser user(String key) {
    ApplicationUser user = mock(ApplicationUser.class);
    lenient().when(user.getKey()).thenReturn(key);
    lenient().when(user.getUsername()).thenReturn(key);
    lenient().when(user.getDisplayName()).thenReturn(key);
    return user;
  }

  public ApplicationUser logIn(String key) {
    ApplicationUser user = user(key);
    when(authenticationContext.getLoggedInUser()).thenReturn(user);
    return user;
  }

  public MutableIssue issue(String key, long id) {
    MutableIssue issue = mock(MutableIssue.class);
    lenient().when(issue.getKey()).thenReturn(key);
    lenient().when(issue.getId()).thenReturn(id);
    lenient().when(issue.getSummary()).thenReturn("Summary of " + key);
    issues.put(key, issue);
    return issue;
  }

  public void grant(String userKey, ProjectPermissionKey permission, String... issueKeys) {
    for (String issueKey : issueKeys) {
      grants.add(permission + "|" + issueKey + "|" + userKey);
    }
  }
}
