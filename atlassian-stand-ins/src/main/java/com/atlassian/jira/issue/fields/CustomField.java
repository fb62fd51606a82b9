package com.atlassian.jira.issue.fields;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.CustomField}. Source: usages in public 11.3
 * plugin code (scrum-poker velocity allowlist {@code ImmutableCustomField#getFieldName()}) and
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/fields/CustomField.html
 */
public interface CustomField {
  String getId();

  Long getIdAsLong();

  String getName();

  java.util.List<com.atlassian.jira.issue.fields.config.FieldConfigScheme>
      getConfigurationSchemes();
}
