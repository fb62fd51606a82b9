package com.atlassian.jira.issue.context;

/**
 * Stand-in for {@code com.atlassian.jira.issue.context.JiraContextNode}, the element type of a
 * custom field's contexts; no members used.
 */
public interface JiraContextNode {}
