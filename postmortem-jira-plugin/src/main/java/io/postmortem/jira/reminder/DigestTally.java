package io.postmortem.jira.reminder;

/**
 * What one reminder run did: digests queued, and digests that failed (each logged with its
 * recipient) while the others were still sent.
 */
record DigestTally(int sent, int failed) {
  static final DigestTally NONE = new DigestTally(0, 0);

  DigestTally plus(DigestTally other) {
    return new DigestTally(sent + other.sent, failed + other.failed);
  }
}
