package com.atlassian.jira.issue.customfields;

/**
 * Stand-in for {@code com.atlassian.jira.issue.customfields.CustomFieldSearcher}; no members used.
 */
public interface CustomFieldSearcher {}
