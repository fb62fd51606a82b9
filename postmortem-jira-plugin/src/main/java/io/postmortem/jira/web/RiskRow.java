package io.postmortem.jira.web;

/**
 * A recorded acceptance of the risk of recurrence.
 *
 * @param approver display name of who accepted it
 * @param reason why
 * @param expiresOn in the viewer's date format, or empty when it never expires
 * @param state localized "holds" / "expired"
 * @param lozenge AUI lozenge modifier: success while it holds, subtle after
 */
public record RiskRow(
    String approver, String reason, String expiresOn, String state, String lozenge) {}
