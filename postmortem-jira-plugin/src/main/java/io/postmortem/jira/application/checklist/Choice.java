package io.postmortem.jira.application.checklist;

/**
 * One option of a select or checkbox list in a validator form, its label already in the admin's
 * language.
 *
 * @param value what the form submits
 * @param label what the admin reads
 * @param selected whether it is chosen now
 */
public record Choice(String value, String label, boolean selected) {}
