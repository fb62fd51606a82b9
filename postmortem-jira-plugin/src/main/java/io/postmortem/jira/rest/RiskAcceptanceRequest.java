package io.postmortem.jira.rest;

/**
 * Body of {@code POST postmortems/{key}/risk-acceptance}.
 *
 * @param reason why the risk is acceptable; required, at most {@link RequestFields#TEXT_MAX}
 * @param expiresOn last day the acceptance holds, ISO yyyy-MM-dd, not in the past
 */
public record RiskAcceptanceRequest(String reason, String expiresOn) {}
