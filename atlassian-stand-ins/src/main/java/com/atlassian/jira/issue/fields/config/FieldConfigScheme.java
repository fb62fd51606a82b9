package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.project.Project;
import java.util.List;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.config.FieldConfigScheme}. Source:
 * cures-hub/cures-condec-jira MockFieldConfigScheme overrides {@code getOneAndOnlyConfig()}; Jira
 * source of the interface for {@code getId()}, {@code getName()} and {@code
 * getAssociatedProjectObjects()} ("the associated projects, or an empty list if none associated").
 */
public interface FieldConfigScheme {
  Long getId();

  String getName();

  FieldConfig getOneAndOnlyConfig();

  List<Project> getAssociatedProjectObjects();
}
