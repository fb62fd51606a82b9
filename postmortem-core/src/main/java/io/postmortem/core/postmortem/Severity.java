package io.postmortem.core.postmortem;

import java.util.Collection;

/** Incident severity as teams name it; SEV_1 is the worst. The plugin maps a Jira field to it. */
public enum Severity {
  SEV_1,
  SEV_2,
  SEV_3,
  SEV_4,
  NONE;

  /** True when this severity is at least as severe as {@code other} (NONE is never). */
  public boolean isAtLeast(Severity other) {
    return this != NONE && other != NONE && ordinal() <= other.ordinal();
  }

  /** The worst of some severities (SEV_1 is the worst); NONE when there are none. */
  public static Severity worstOf(Collection<Severity> severities) {
    return severities.stream().filter(s -> s != null).min(Enum::compareTo).orElse(NONE);
  }
}
