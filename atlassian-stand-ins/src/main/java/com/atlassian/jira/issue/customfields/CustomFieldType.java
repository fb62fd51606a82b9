package com.atlassian.jira.issue.customfields;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.CustomFieldType<T, S>}; no members are
 * used, it is only handed from {@code getCustomFieldType(String)} to {@code createCustomField}.
 */
public interface CustomFieldType<T, S> {}
