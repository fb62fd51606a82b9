package com.atlassian.jira.icon;

/**
 * Stand-in for {@code com.atlassian.jira.icon.IconType}; only the constant for issue type icons,
 * used as {@code IconType.ISSUE_TYPE_ICON_TYPE} by cures-hub/cures-condec-jira JiraSchemeManager.
 * Compile-time only: the constant is null here and real in Jira. Not final, as in Jira.
 */
public class IconType {
  public static final IconType ISSUE_TYPE_ICON_TYPE = null;

  private IconType() {
    throw new UnsupportedOperationException("stand-in");
  }
}
