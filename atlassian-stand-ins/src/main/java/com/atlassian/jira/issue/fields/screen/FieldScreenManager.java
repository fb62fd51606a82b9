package com.atlassian.jira.issue.fields.screen;

import java.util.Collection;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.screen.FieldScreenManager} (@PublicApi;
 * members used here only). Source: Jira source of the interface (jira-api). See SOURCES.md (setup).
 */
public interface FieldScreenManager {
  Collection<FieldScreen> getFieldScreens();
}
