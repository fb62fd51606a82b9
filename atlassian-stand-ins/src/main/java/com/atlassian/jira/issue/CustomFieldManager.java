package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;

/**
 * Stand-in for {@code com.atlassian.jira.issue.CustomFieldManager} (members used here only).
 * Source:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/CustomFieldManager.html
 */
public interface CustomFieldManager {
  /** Looks a field up by its string id, e.g. {@code customfield_10000}; null when absent. */
  CustomField getCustomFieldObject(String id);

  java.util.List<CustomField> getCustomFieldObjects();

  com.atlassian.jira.issue.customfields.CustomFieldType getCustomFieldType(String key);

  com.atlassian.jira.issue.customfields.CustomFieldSearcher getCustomFieldSearcher(String key);

  /**
   * Jira 6 source declares raw {@code List contexts, List issueTypes}; 7+ generic forms erase to
   * the same descriptor, so callers link either way.
   */
  CustomField createCustomField(
      String fieldName,
      String description,
      com.atlassian.jira.issue.customfields.CustomFieldType fieldType,
      com.atlassian.jira.issue.customfields.CustomFieldSearcher customFieldSearcher,
      java.util.List<com.atlassian.jira.issue.context.JiraContextNode> contexts,
      java.util.List<com.atlassian.jira.issue.issuetype.IssueType> issueTypes)
      throws org.ofbiz.core.entity.GenericEntityException;
}
