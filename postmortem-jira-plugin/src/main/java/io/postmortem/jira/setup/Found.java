package io.postmortem.jira.setup;

/**
 * The outcome of ensuring one Jira object: its status and, when it exists, its id and name.
 *
 * @param status what was found or done
 * @param id the Jira id as text, or null
 * @param name the current name, or null
 */
record Found(SetupStatus status, String id, String name) {
  static Found missing() {
    return new Found(SetupStatus.MISSING, null, null);
  }

  static Found failed() {
    return new Found(SetupStatus.FAILED, null, null);
  }

  boolean exists() {
    return id != null;
  }
}
