package io.postmortem.jira.setup;

/**
 * A mapping the setup wants in a project's workflow scheme: an issue type to a workflow.
 *
 * @param issueTypeId the issue type
 * @param workflow the workflow it should use
 * @param replaces the workflow this one is a gated copy of, which the mapping may replace; null
 *     when an explicit mapping to anything else is an admin's choice to keep
 * @param usable whether the workflow exists (or, in a preview, will)
 */
record SchemeMapping(String issueTypeId, String workflow, String replaces, boolean usable) {}
