package com.atlassian.jira.project;

/**
 * Stand-in of Jira 11.3's {@code com.atlassian.jira.project.ProjectManager}: only the lookup by
 * key.
 *
 * <p>Source: {@code Project getProjectObjByKey(String)} as called (result used as a {@link
 * Project}, null when missing) in public Jira plugin code found with find_string, and the Jira
 * Javadoc of ProjectManager.
 */
public interface ProjectManager {
  Project getProjectObjByKey(String key);
}
