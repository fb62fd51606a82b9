package com.atlassian.jira.issue.status.category;

/**
 * Stand-in for {@code com.atlassian.jira.issue.status.category.StatusCategory} (members the plugin
 * uses): the key ({@code new}, {@code indeterminate}, {@code done}) is the same in every language.
 * Source: the anonymous implementation in Atlassian's Jira 11 Slack plugin.
 */
public interface StatusCategory {
  String getKey();
}
