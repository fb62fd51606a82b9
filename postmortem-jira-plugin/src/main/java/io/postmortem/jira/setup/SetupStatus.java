package io.postmortem.jira.setup;

/** What the setup found for one thing the app needs in Jira. */
public enum SetupStatus {
  /** It exists under the id the app stored. */
  PRESENT,
  /** The setup has just created it. */
  CREATED,
  /** It does not exist (a check without repair reports this). */
  MISSING,
  /** Creating it failed; the log has the reason. */
  FAILED,
  /** Optional and not mapped: the app works without it. */
  NOT_MAPPED
}
