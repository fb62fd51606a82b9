package io.postmortem.jira.setup;

/**
 * One closing transition as a checkbox in the setup preview, texts in the admin's language.
 *
 * @param id the checkbox's element id
 * @param value what the form sends when it is ticked
 * @param label "Done: Open, In Progress → Done"
 * @param checked whether it is ticked
 * @param note "already has the validator", or empty
 */
public record TransitionPick(String id, String value, String label, boolean checked, String note) {}
