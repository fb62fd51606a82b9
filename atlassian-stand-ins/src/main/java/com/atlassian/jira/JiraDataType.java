package com.atlassian.jira;

/** Stand-in of Jira 11.3's {@code JiraDataType} (scrum-poker 11.3 JQL function). */
public interface JiraDataType {}
