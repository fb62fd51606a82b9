package com.atlassian.jira.issue;

/**
 * Stand-in for Jira 11.3 {@code MutableIssue}; only the supertype matters to the plugin, because
 * {@link IssueManager} returns it. Source: Jira Javadoc.
 */
public interface MutableIssue extends Issue {}
