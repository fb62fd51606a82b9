package com.atlassian.jira.config;

/**
 * Stand-in for {@code com.atlassian.jira.config.ConstantsManager}: only the type, which the
 * constructor of {@code IssueTypeScreenSchemeEntityImpl} takes. See SOURCES.md (setup).
 */
public interface ConstantsManager {}
