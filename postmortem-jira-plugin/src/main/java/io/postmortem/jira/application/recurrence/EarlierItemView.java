package io.postmortem.jira.application.recurrence;

/**
 * An earlier remediation item.
 *
 * @param key its key
 * @param summary its summary
 * @param status its Jira status name
 * @param done whether it is resolved
 */
public record EarlierItemView(String key, String summary, String status, boolean done) {}
