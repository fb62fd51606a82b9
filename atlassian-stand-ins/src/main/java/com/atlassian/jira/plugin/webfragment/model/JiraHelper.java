package com.atlassian.jira.plugin.webfragment.model;

import com.atlassian.jira.project.Project;

/**
 * Stand-in for Jira's {@code JiraHelper}, which Jira puts into every web-fragment context under
 * {@code "helper"}. Source: codescape/jira-scrum-poker (Jira 11.3) {@code
 * ProjectAdministrationCondition} reads {@code jiraHelper.getProject()} as a {@code Project}. Only
 * that member. See atlassian-stand-ins/SOURCES.md.
 */
public class JiraHelper {
  public Project getProject() {
    throw new UnsupportedOperationException("stand-in");
  }
}
