package com.atlassian.jira.issue;

/** Stand-in of Jira 11.3's {@code MutableIssue} (no setter is used by this app). */
public interface MutableIssue extends Issue {}
