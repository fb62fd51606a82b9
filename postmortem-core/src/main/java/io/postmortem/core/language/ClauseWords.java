package io.postmortem.core.language;

/**
 * What the words around a match say about it, for the {@link Guard}s: who the subject is, whether a
 * participle or a consequence follows. Every look stays inside the match's clause and a few words
 * wide, so a scan stays linear.
 */
final class ClauseWords {
  /** The nearest person or machine noun before a match. */
  enum Subject {
    PERSON,
    MACHINE,
    UNKNOWN
  }

  private static final int LOOK_BACK = 4;
  private static final int LOOK_AROUND = 3;
  private static final int HEAD_WINDOW = 8;
  private static final int CLAUSE_START = 12;

  private ClauseWords() {}

  static Subject subject(TokenStream tokens, int first, int clause, Lexicon lexicon) {
    for (int k = 1; k <= LOOK_BACK; k++) {
      String token = tokens.inClause(first - k, clause);
      if (token == null) {
        break;
      }
      if (lexicon.has(WordSet.PERSONS, token)) {
        return Subject.PERSON;
      }
      if (lexicon.has(WordSet.MACHINES, token)) {
        return Subject.MACHINE;
      }
    }
    return Subject.UNKNOWN;
  }

  /**
   * The first person or machine noun of the clause, at most {@link #CLAUSE_START} words back: the
   * actor of "the script deleted them by mistake" is the script, not "them".
   */
  static Subject clauseSubject(TokenStream tokens, int first, int clause, Lexicon lexicon) {
    Subject found = Subject.UNKNOWN;
    for (int k = 1; k <= CLAUSE_START; k++) {
      String token = tokens.inClause(first - k, clause);
      if (token == null) {
        break;
      }
      if (lexicon.has(WordSet.PERSONS, token)) {
        found = Subject.PERSON;
      } else if (lexicon.has(WordSet.MACHINES, token)) {
        found = Subject.MACHINE;
      }
    }
    return found;
  }

  static boolean anyWithin(
      TokenStream tokens, int end, int clause, int window, WordSet set, Lexicon lexicon) {
    for (int k = 0; k < window; k++) {
      String token = tokens.inClause(end + k, clause);
      if (token == null) {
        return false;
      }
      if (lexicon.has(set, token)) {
        return true;
      }
    }
    return false;
  }

  static boolean hazardSubject(TokenStream tokens, int first, int clause, Lexicon lexicon) {
    for (int k = 1; k <= LOOK_BACK; k++) {
      String token = tokens.inClause(first - k, clause);
      if (token == null || lexicon.has(WordSet.PERSONS, token)) {
        return false;
      }
      if (lexicon.has(WordSet.HAZARDS, token)) {
        return true;
      }
    }
    return false;
  }

  /** The first word after the match that is not an adverb (at most three skipped), or null. */
  static String afterAdverbs(TokenStream tokens, int end, int clause, Lexicon lexicon) {
    int at = end;
    String next = tokens.inClause(at, clause);
    while (next != null && lexicon.has(WordSet.ADVERBS, next) && at - end < LOOK_AROUND) {
      next = tokens.inClause(++at, clause);
    }
    return next;
  }

  static boolean participleFollows(TokenStream tokens, int end, int clause, Lexicon lexicon) {
    String next = afterAdverbs(tokens, end, clause, lexicon);
    if (next == null) {
      return true;
    }
    if (isQuantity(next, lexicon)) {
      return false;
    }
    return lexicon.has(WordSet.PARTICIPLES, next)
        || lexicon.endsWithAny(WordSet.PARTICIPLE_SUFFIXES, next);
  }

  /** The verb right after the modal names a consequence: "would have caused", "led to". */
  static boolean outcomeFollows(TokenStream tokens, int end, int clause, Lexicon lexicon) {
    String next = afterAdverbs(tokens, end, clause, lexicon);
    return next != null && lexicon.has(WordSet.OUTCOMES, next);
  }

  /**
   * The modal speaks of a possibility, not a path not taken: "there could have been an issue",
   * "what could have gone wrong", or a relative clause on a negated noun ("no item in the backlog
   * that could have prevented this").
   */
  static boolean possibilityNotHindsight(
      TokenStream tokens, int first, int clause, Lexicon lexicon) {
    String before = tokens.inClause(first - 1, clause);
    if (before == null) {
      return false;
    }
    if (lexicon.has(WordSet.POSSIBILITY_SUBJECTS, before)) {
      return true;
    }
    if (!lexicon.has(WordSet.RELATIVE_PRONOUNS, before)) {
      return false;
    }
    for (int k = 2; k <= HEAD_WINDOW; k++) {
      String token = tokens.inClause(first - k, clause);
      if (token == null) {
        return false;
      }
      if (lexicon.has(WordSet.NEGATED_HEADS, token)) {
        return true;
      }
    }
    return false;
  }

  /** True when no machine noun is near, or a person noun is near as well. */
  static boolean noMachineNearby(
      TokenStream tokens, int first, int end, int clause, Lexicon lexicon) {
    boolean machine = false;
    for (int k = 1; k <= LOOK_BACK; k++) {
      String before = tokens.inClause(first - k, clause);
      String after = tokens.inClause(end + k - 1, clause);
      for (String token : new String[] {before, after}) {
        if (token != null && lexicon.has(WordSet.PERSONS, token)) {
          return true;
        }
        machine |= token != null && lexicon.has(WordSet.MACHINES, token);
      }
    }
    return !machine;
  }

  /** One of the set's words among the few words before the match. */
  static boolean anyBefore(
      TokenStream tokens, int first, int clause, WordSet set, Lexicon lexicon) {
    for (int k = 1; k <= LOOK_BACK; k++) {
      String token = tokens.inClause(first - k, clause);
      if (token == null) {
        return false;
      }
      if (lexicon.has(set, token)) {
        return true;
      }
    }
    return false;
  }

  /** A text or a response is the subject right before the match: "their response blamed". */
  static boolean reportedBefore(TokenStream tokens, int first, int clause, Lexicon lexicon) {
    for (int k = 1; k <= LOOK_BACK; k++) {
      String token = tokens.inClause(first - k, clause);
      if (token == null || lexicon.has(WordSet.PERSONS, token)) {
        return false;
      }
      if (lexicon.has(WordSet.REPORTS, token)) {
        return true;
      }
    }
    return false;
  }

  static boolean isQuantity(String word, Lexicon lexicon) {
    return lexicon.has(WordSet.DETERMINERS, word)
        || !word.isEmpty() && Character.isDigit(word.charAt(0));
  }
}
