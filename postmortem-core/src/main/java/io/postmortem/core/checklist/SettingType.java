package io.postmortem.core.checklist;

/** What a setting holds: decides how its text is parsed and which kind of field edits it. */
public enum SettingType {
  /** A whole number within the setting's bounds. */
  WHOLE_NUMBER,
  /** {@code true} or {@code false}. */
  YES_NO,
  /** A comma-separated list drawn from the setting's fixed choices. */
  CHOICES,
  /** A comma-separated list of ISO dates. */
  DATES,
  /** Free phrases separated by {@code |} or new lines. */
  PHRASES,
  /** One of the setting's choices: a rule severity. */
  RULE_SEVERITY,
  /** A time-zone id. */
  ZONE
}
