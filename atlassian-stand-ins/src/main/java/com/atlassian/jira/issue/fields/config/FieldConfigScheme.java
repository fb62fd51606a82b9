package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.config.FieldConfigScheme}. Source:
 * cures-hub/cures-condec-jira MockFieldConfigScheme overrides {@code getOneAndOnlyConfig()}.
 */
public interface FieldConfigScheme {
  FieldConfig getOneAndOnlyConfig();
}
