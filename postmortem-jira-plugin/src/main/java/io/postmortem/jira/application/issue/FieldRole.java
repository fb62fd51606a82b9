package io.postmortem.jira.application.issue;

import io.postmortem.core.postmortem.SectionKind;
import java.util.Optional;

/**
 * What a custom field means to the app. The app finds each field again by the id stored for its
 * role, never by display name, so an admin may rename fields freely. The enum names are stored in
 * plugin settings: never rename them.
 */
public enum FieldRole {
  IMPACT(SectionKind.IMPACT),
  ROOT_CAUSES(SectionKind.ROOT_CAUSES),
  RESOLUTION(SectionKind.RESOLUTION),
  WENT_WELL(SectionKind.WENT_WELL),
  WENT_WRONG(SectionKind.WENT_WRONG),
  GOT_LUCKY(SectionKind.GOT_LUCKY),
  REVIEW_MEETING_DATE(null),
  FACILITATOR(null),
  HORIZON(null),
  SUCCESS_MEASURE(null),
  /** An incident's severity; only ever mapped to an existing field, never created. */
  SEVERITY(null),
  /** Jira Software's Sprint field, when present: an item in a sprint counts as scheduled. */
  SPRINT(null),
  /**
   * A remediation item's verification evidence: how the fix was shown to work. The verified-fix
   * validator reads it before a Critical or High item may close.
   */
  VERIFICATION(null);

  private final SectionKind section;

  FieldRole(SectionKind section) {
    this.section = section;
  }

  /** The narrative section this field holds, if it is one. */
  public Optional<SectionKind> section() {
    return Optional.ofNullable(section);
  }
}
