package com.atlassian.query;

/** Stand-in of Jira 11.3's JQL {@code Query} (atlassian-query). Opaque to this app. */
public interface Query {}
