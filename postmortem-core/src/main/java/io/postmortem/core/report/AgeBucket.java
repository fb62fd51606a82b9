package io.postmortem.core.report;

/** How long open items have been open, in the buckets teams talk about. */
public enum AgeBucket {
  UP_TO_A_WEEK(7),
  UP_TO_A_MONTH(30),
  UP_TO_A_QUARTER(90),
  OLDER(Long.MAX_VALUE);

  private final long maxDays;

  AgeBucket(long maxDays) {
    this.maxDays = maxDays;
  }

  static AgeBucket of(long days) {
    for (AgeBucket bucket : values()) {
      if (days <= bucket.maxDays) {
        return bucket;
      }
    }
    return OLDER;
  }
}
