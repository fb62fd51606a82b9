package io.postmortem.jira.reminder;

import com.atlassian.jira.issue.Issue;

/**
 * A digest entry with its issue, kept so the recipient's permission to see it is checked right
 * before sending.
 */
record DigestLine<E>(E entry, Issue issue) {}
