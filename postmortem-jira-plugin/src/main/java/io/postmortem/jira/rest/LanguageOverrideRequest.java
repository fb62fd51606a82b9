package io.postmortem.jira.rest;

/**
 * Body of {@code POST postmortems/{key}/language-overrides}.
 *
 * @param fingerprint the finding's fingerprint as the checklist reported it; required
 * @param reason why the phrase stays ("keep, because..."); required
 */
public record LanguageOverrideRequest(String fingerprint, String reason) {}
