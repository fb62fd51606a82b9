package io.postmortem.jira.rest;

import java.util.Map;

/**
 * A project's settings as the API answers them.
 *
 * @param projectKey the project
 * @param checklist the saved checklist settings in canonical flat form; empty means the defaults
 * @param riskAcceptanceRole the role that may accept risk; empty means project administrators
 */
public record ProjectSettingsView(
    String projectKey, Map<String, String> checklist, String riskAcceptanceRole) {}
