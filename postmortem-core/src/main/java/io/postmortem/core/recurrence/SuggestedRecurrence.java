package io.postmortem.core.recurrence;

import java.util.Objects;

/**
 * An earlier incident or postmortem the recurrence guard suggested to a postmortem, and the
 * author's verdict on it.
 *
 * @param key the earlier issue's key
 * @param verdict related, unrelated or not yet marked
 */
public record SuggestedRecurrence(String key, Verdict verdict) {
  public SuggestedRecurrence {
    Objects.requireNonNull(key, "key");
    verdict = verdict == null ? Verdict.UNMARKED : verdict;
  }

  /** A suggestion nobody has judged yet. */
  public static SuggestedRecurrence unmarked(String key) {
    return new SuggestedRecurrence(key, Verdict.UNMARKED);
  }

  public boolean isMarked() {
    return verdict != Verdict.UNMARKED;
  }
}
