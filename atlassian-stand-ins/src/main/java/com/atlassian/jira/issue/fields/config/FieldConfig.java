package com.atlassian.jira.issue.fields.config;

/** Stand-in for {@code com.atlassian.jira.issue.fields.config.FieldConfig}. */
public interface FieldConfig {
  Long getId();
}
