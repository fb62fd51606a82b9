package com.atlassian.jira.issue;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: callers in codescape/jira-scrum-poker (11.3.1: {@code MutableIssue issue =
 * issueManager.getIssueObject(key)}) and alanmosely/basic-jira-development-panels (11.3.10); Long
 * overload per cures-hub/cures-condec-jira mocks; {@code updateIssue(ApplicationUser, MutableIssue,
 * EventDispatchOption, boolean)} as Jira 7+ scripts and plugins call it. See
 * atlassian-stand-ins/SOURCES.md.
 */
public interface IssueManager {
  MutableIssue getIssueObject(Long id);

  MutableIssue getIssueObject(String key);

  /** Stores a new issue; performs no permission check. */
  Issue createIssueObject(ApplicationUser remoteUser, Issue issue)
      throws com.atlassian.jira.exception.CreateException;

  /** Stores a changed issue, fires the given event and, when asked, sends Jira's mail. */
  Issue updateIssue(
      ApplicationUser user,
      MutableIssue issue,
      EventDispatchOption eventDispatchOption,
      boolean sendMail);
}
