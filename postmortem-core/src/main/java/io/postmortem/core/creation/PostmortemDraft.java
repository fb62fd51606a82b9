package io.postmortem.core.creation;

import io.postmortem.core.postmortem.Severity;

/**
 * What a new postmortem for an incident starts with, whether a person opens the dialog or the
 * automatic rule creates it: a summary naming the incident, the incident's severity, and a
 * facilitator. The summary is a message key plus arguments, resolved in the creator's language at
 * the edge; the incident's own summary is shortened so the result fits Jira's summary field.
 *
 * @param incidentKey the reviewed incident, linked to the postmortem
 * @param summaryKey i18n key of the summary, taking {@code {0}} key and {@code {1}} summary
 * @param incidentSummary the incident's summary, shortened to {@link #INCIDENT_SUMMARY_MAX}
 * @param severity the incident's severity, copied to the postmortem
 * @param facilitator user name of the suggested facilitator, empty when none
 */
public record PostmortemDraft(
    String incidentKey,
    String summaryKey,
    String incidentSummary,
    Severity severity,
    String facilitator) {

  /** Jira's summary field holds 255 characters. */
  public static final int SUMMARY_MAX = 255;

  /** Room for the key and the words around it in any language we ship. */
  public static final int INCIDENT_SUMMARY_MAX = 200;

  public static final String SUMMARY_KEY = "postmortem.create.summary";

  /**
   * The draft for {@code incident}: the incident's assignee facilitates when there is one (they ran
   * the response), otherwise the person asking.
   */
  public static PostmortemDraft forIncident(
      String incidentKey,
      String incidentSummary,
      Severity severity,
      String incidentAssignee,
      String requester) {
    String facilitator =
        incidentAssignee != null && !incidentAssignee.isBlank() ? incidentAssignee : requester;
    return new PostmortemDraft(
        incidentKey,
        SUMMARY_KEY,
        shorten(incidentSummary, INCIDENT_SUMMARY_MAX),
        severity == null ? Severity.NONE : severity,
        facilitator == null ? "" : facilitator.trim());
  }

  /** {@code text} cut to {@code max} characters with an ellipsis, whitespace collapsed. */
  public static String shorten(String text, int max) {
    String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "\u2026";
  }
}
