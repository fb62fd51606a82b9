package io.postmortem.jira.application.search;

import io.postmortem.core.postmortem.Severity;

/**
 * The postmortem an item belongs to, as far as the dashboard and reminders need it.
 *
 * @param key the postmortem's issue key
 * @param ownerKey user key of the postmortem's assignee, or null
 * @param severity worst severity among its incidents
 */
public record PostmortemOfItem(String key, String ownerKey, Severity severity) {}
