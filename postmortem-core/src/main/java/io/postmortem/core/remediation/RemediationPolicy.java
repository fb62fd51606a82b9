package io.postmortem.core.remediation;

/**
 * The two thresholds behind the states. Seven days for "due soon" follows incident.io's reminder
 * window; an item still in no sprint or fix version two weeks after creation is the leading sign
 * that it will miss its date (feature anchors d5), so 14 is the default.
 *
 * @param dueSoonDays an item due within this many days from today is due soon
 * @param scheduleWithinDays an item in no sprint or fix version this many days after creation is
 *     not scheduled
 */
public record RemediationPolicy(int dueSoonDays, int scheduleWithinDays) {
  public static final int MAX_DAYS = 365;

  public RemediationPolicy {
    if (dueSoonDays < 0 || dueSoonDays > MAX_DAYS) {
      throw new IllegalArgumentException("postmortem.remediation.policy.due-soon-days");
    }
    if (scheduleWithinDays < 0 || scheduleWithinDays > MAX_DAYS) {
      throw new IllegalArgumentException("postmortem.remediation.policy.schedule-within-days");
    }
  }

  public static RemediationPolicy defaults() {
    return new RemediationPolicy(7, 14);
  }
}
