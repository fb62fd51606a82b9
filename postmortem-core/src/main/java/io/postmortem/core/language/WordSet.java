package io.postmortem.core.language;

/** Named word lists of a language's lexicon file, used by the guards and the negation check. */
enum WordSet {
  PERSONS,
  MACHINES,
  NEGATORS,
  NEGATOR_PAIRS,
  SUBJECT_NEGATORS,
  NOT_NEGATING_AFTER,
  COPULAS,
  POST_NEGATORS,
  WISHES,
  DETERMINERS,
  QUANTITIES,
  ADVERBS,
  PARTICIPLES,
  PARTICIPLE_SUFFIXES,
  PAST_TENSE,
  PAST_SUFFIXES,
  POSITIVE_ACTIONS,
  HUMAN_ACTIONS,
  OUTCOMES,
  GOVERNANCE_BEFORE,
  GOVERNANCE_AFTER,
  GENERIC_MARKERS,
  HAZARDS,
  POSSIBILITY_SUBJECTS,
  RELATIVE_PRONOUNS,
  NEGATED_HEADS,
  THING_PRONOUNS,
  PASSIVE_AUXILIARIES,
  REPORTS;

  String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
