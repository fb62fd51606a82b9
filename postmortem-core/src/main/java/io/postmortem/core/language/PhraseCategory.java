package io.postmortem.core.language;

/** Why a phrase is flagged; the rule maps each to a message and the plugin to a suggestion. */
public enum PhraseCategory {
  /** Hindsight about what should, could or would have happened ("should have", "if only"). */
  COUNTERFACTUAL,
  /** A label that ends the inquiry at a person ("human error", "careless", "negligent"). */
  BLAME_LABEL,
  /** A sentence that pins the outcome on an individual ("failed to", "forgot to", "fault of"). */
  INDIVIDUAL_FAULT,
  /** A phrase an administrator added to the built-in list. */
  ADMIN_DEFINED,
  /**
   * A judgment of people without a fixed phrase ("it took us far too long", "the wrong call"),
   * found by {@link BlameModel}; the finding names the words that weighed most.
   */
  JUDGMENT
}
