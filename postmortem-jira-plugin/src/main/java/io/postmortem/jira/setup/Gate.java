package io.postmortem.jira.setup;

import io.postmortem.core.setup.ObjectKind;

/**
 * A validator the project setup attaches to the transitions into a "done" status of a workflow it
 * did not create: the incident close gate on the incident workflow, the verified-fix gate on the
 * workflows where remediation items live. The class names are the published names Jira stores in
 * workflow XML (strings, so this adapter does not depend on the workflow adapter).
 */
enum Gate {
  INCIDENT(
      ObjectKind.INCIDENT_GATE, "io.postmortem.jira.workflow.IncidentPostmortemAcceptedValidator"),
  VERIFIED_FIX(ObjectKind.VERIFIED_FIX_GATE, "io.postmortem.jira.workflow.VerifiedFixValidator");

  private final ObjectKind kind;
  private final String validatorClass;

  Gate(ObjectKind kind, String validatorClass) {
    this.kind = kind;
    this.validatorClass = validatorClass;
  }

  ObjectKind kind() {
    return kind;
  }

  String validatorClass() {
    return validatorClass;
  }

  /**
   * Whether other issue types of the project must not share the gated workflow. The incident gate
   * judges any issue by its severity, so a task on the same workflow would be held to it; the
   * verified-fix gate lets every issue but a remediation item through.
   */
  boolean needsOwnWorkflow() {
    return this == INCIDENT;
  }
}
