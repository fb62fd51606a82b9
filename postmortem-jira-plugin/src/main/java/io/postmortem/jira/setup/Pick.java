package io.postmortem.jira.setup;

/**
 * One option of a select on the setup page.
 *
 * @param value what the form submits (a Jira id or a level name)
 * @param label what the admin reads
 * @param selected whether it is the current mapping
 */
public record Pick(String value, String label, boolean selected) {}
