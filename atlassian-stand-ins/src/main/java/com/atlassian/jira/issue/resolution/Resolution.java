package com.atlassian.jira.issue.resolution;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Stand-in for {@code com.atlassian.jira.issue.resolution.Resolution} (an IssueConstant). Source:
 * Jira's {@code ResolutionManager} source, whose members take and return it. See SOURCES.md
 * (setup).
 */
public interface Resolution extends IssueConstant {}
