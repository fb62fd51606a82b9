package io.postmortem.core.postmortem;

/** The narrative sections of a postmortem write-up (Google SRE workbook, PagerDuty template). */
public enum SectionKind {
  IMPACT,
  ROOT_CAUSES,
  RESOLUTION,
  WENT_WELL,
  WENT_WRONG,
  GOT_LUCKY
}
