package com.atlassian.jira.event.type;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged): only the id
 * constant the plugin reads. The real constants are {@code Long}, not compile-time constants, so
 * the value is read from Jira's class at run time.
 *
 * <p>Source: Jira source of EventType in the code index ({@code public static final Long
 * ISSUE_DELETED_ID = 8L}); used as {@code EventType.ISSUE_*_ID} by
 * atlassian-labs/atlassian-slack-integration-server (Jira 11). See atlassian-stand-ins/SOURCES.md.
 */
public class EventType {
  public static final Long ISSUE_RESOLVED_ID = 4L;
  public static final Long ISSUE_CLOSED_ID = 5L;
  public static final Long ISSUE_DELETED_ID = 8L;
  public static final Long ISSUE_GENERICEVENT_ID = 13L;

  private EventType() {}
}
