package io.postmortem.core.language;

/**
 * Which negations cancel a match. Negation is checked in the same clause only: up to three words
 * before the match ("not a human error", "it was not careless", "no one is to blame", "kein
 * menschliches Versagen", "without blaming") and a copula plus negator up to three words after it
 * ("human error was not a factor", "menschliches Versagen lag nicht vor"), and in German a negator
 * right after a finite verb ("der Admin vergaß nicht"). "not only"/"nicht nur" emphasises rather
 * than negates, so it does not cancel.
 */
enum NegationScope {
  /** Any negation cancels: used for blame labels and fault words. */
  ANY,
  /**
   * Only a negated subject cancels ("nobody could have known", "niemand hätte das vorhersehen
   * können"); "should not have" carries its own "not" and stays counterfactual.
   */
  SUBJECT,
  /** Nothing cancels. */
  NONE;

  private static final int WINDOW = 3;

  boolean cancels(TokenStream tokens, int first, int end, Lexicon lexicon) {
    if (this == NONE) {
      return false;
    }
    int clause = tokens.clause(first);
    for (int k = 1; k <= WINDOW + (this == SUBJECT ? 1 : 0); k++) {
      String token = tokens.inClause(first - k, clause);
      if (token == null) {
        break;
      }
      if (negatesAt(tokens, first - k, clause, lexicon, this == SUBJECT)) {
        return true;
      }
    }
    return this == ANY && negatedAfter(tokens, end, clause, lexicon);
  }

  private static boolean negatesAt(
      TokenStream tokens, int index, int clause, Lexicon lexicon, boolean subjectOnly) {
    String word = tokens.norm(index);
    String previous = tokens.inClause(index - 1, clause);
    WordSet singles = subjectOnly ? WordSet.SUBJECT_NEGATORS : WordSet.NEGATORS;
    WordSet pairs = subjectOnly ? WordSet.SUBJECT_NEGATORS : WordSet.NEGATOR_PAIRS;
    if (!lexicon.has(singles, word)
        && !(previous == null ? lexicon.has(pairs, "") : lexicon.hasPair(pairs, previous, word))) {
      return false;
    }
    String next = tokens.inClause(index + 1, clause);
    return next == null || !lexicon.has(WordSet.NOT_NEGATING_AFTER, next);
  }

  private static boolean negatedAfter(TokenStream tokens, int end, int clause, Lexicon lexicon) {
    for (int k = 0; k < WINDOW; k++) {
      String token = tokens.inClause(end + k, clause);
      String next = tokens.inClause(end + k + 1, clause);
      if (token == null) {
        return false;
      }
      if (k < 2 && lexicon.has(WordSet.POST_NEGATORS, token)) {
        return true;
      }
      if (next == null) {
        return false;
      }
      if (lexicon.has(WordSet.COPULAS, token) && lexicon.has(WordSet.NEGATORS, next)) {
        return true;
      }
    }
    return false;
  }
}
