package io.postmortem.core.setup;

/**
 * What the project setup does, or would do, to one Jira object. The preview and the report use the
 * same values, so the admin sees beforehand exactly what one click will change.
 */
public enum SetupAction {
  /** It does not exist: the setup creates it. */
  CREATE,
  /** One of the same name exists and does the job: the setup uses it as it is. */
  ADOPT,
  /** The project's own object is extended in place (nothing another project uses). */
  CHANGE,
  /** Shared with other projects or Jira's default: the project gets its own copy. */
  COPY,
  /** Already as the setup wants it: nothing to do. */
  KEEP,
  /** An admin made it different on purpose, or it is not the setup's to touch: reported only. */
  LEAVE_ALONE,
  /** Could not be done; the reason says why, and a re-run tries again. */
  FAIL;

  /** Whether doing this writes to Jira. */
  public boolean writes() {
    return this == CREATE || this == CHANGE || this == COPY;
  }
}
