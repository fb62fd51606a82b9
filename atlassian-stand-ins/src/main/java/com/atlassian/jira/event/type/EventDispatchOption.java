package com.atlassian.jira.event.type;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: passed as {@code EventDispatchOption.ISSUE_UPDATED} to {@code
 * IssueManager.updateIssue(ApplicationUser, MutableIssue, EventDispatchOption, boolean)} in public
 * Jira 7+ code, and named in the IssueService source. The constant's value exists only at run time
 * in Jira. See atlassian-stand-ins/SOURCES.md.
 */
public interface EventDispatchOption {
  EventDispatchOption ISSUE_UPDATED = null;
}
