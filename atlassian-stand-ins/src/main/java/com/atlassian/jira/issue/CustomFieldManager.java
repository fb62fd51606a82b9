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
}
