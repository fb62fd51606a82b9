package io.postmortem.core.setup;

/** The sorts of Jira object the project setup creates or changes, in the order it handles them. */
public enum ObjectKind {
  ISSUE_TYPE,
  LINK_TYPE,
  FIELD,
  STATUS,
  RESOLUTION,
  WORKFLOW,
  ISSUE_TYPE_SCHEME,
  SCREEN,
  SCREEN_SCHEME,
  ISSUE_TYPE_SCREEN_SCHEME,
  WORKFLOW_SCHEME,
  INCIDENT_GATE,
  VERIFIED_FIX_GATE
}
