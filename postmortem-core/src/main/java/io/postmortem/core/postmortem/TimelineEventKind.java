package io.postmortem.core.postmortem;

/** What a timeline event marks; STARTED, DETECTED, MITIGATED and RESOLVED give MTTD/MTTM/MTTR. */
public enum TimelineEventKind {
  STARTED,
  DETECTED,
  ESCALATED,
  MITIGATED,
  RESOLVED,
  OTHER
}
