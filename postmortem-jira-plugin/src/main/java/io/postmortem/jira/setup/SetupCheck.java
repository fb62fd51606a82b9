package io.postmortem.jira.setup;

/**
 * One line of the setup report.
 *
 * @param labelKey i18n key naming what this is ("Postmortem issue type")
 * @param status what the setup found or did
 * @param jiraName the Jira object's current name, empty when there is none
 * @param jiraId the Jira object's id, empty when there is none
 */
public record SetupCheck(String labelKey, SetupStatus status, String jiraName, String jiraId) {
  public SetupCheck {
    jiraName = jiraName == null ? "" : jiraName;
    jiraId = jiraId == null ? "" : jiraId;
  }

  /** The i18n key of the status, for the admin page. */
  public String statusKey() {
    return "postmortem.setup.status." + status.name();
  }

  public boolean needsAttention() {
    return status == SetupStatus.MISSING || status == SetupStatus.FAILED;
  }
}
