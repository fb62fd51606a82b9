package io.postmortem.jira.rest;

import java.util.Map;

/**
 * Body of {@code PUT projects/{projectKey}/settings}; the same shape the GET answers.
 *
 * @param checklist checklist settings in their flat form ({@code "items.min": "2"}); absent or
 *     empty means the defaults
 * @param riskAcceptanceRole name of the project role that may accept risk; empty means project
 *     administrators
 */
public record ProjectSettingsRequest(Map<String, String> checklist, String riskAcceptanceRole) {}
