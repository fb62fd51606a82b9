package com.atlassian.jira.project;

import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.project.ProjectManager} (members used here only). Source:
 * see SOURCES.md ({@code getProjectObjByKey}; {@code getProjectObjects()} from the Jira source of
 * the interface, "all projects ordered by name").
 */
public interface ProjectManager {
  Project getProjectObjByKey(String key);

  List<Project> getProjectObjects();
}
