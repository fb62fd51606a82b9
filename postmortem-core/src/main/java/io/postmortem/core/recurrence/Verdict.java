package io.postmortem.core.recurrence;

/** What the postmortem's author said about a suggested earlier incident. */
public enum Verdict {
  /** Not judged yet: the recurrence-reviewed rule asks for a verdict. */
  UNMARKED,
  /** The same failure again: linked as a recurrence, its items' owners hear of it. */
  RELATED,
  /** It only looked alike. */
  UNRELATED
}
