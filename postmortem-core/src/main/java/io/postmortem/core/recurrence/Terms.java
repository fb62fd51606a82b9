package io.postmortem.core.recurrence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits incident text into comparable terms: lower case, accents kept apart from their letters,
 * English and German function words dropped, and a light suffix stripping so that "timeouts",
 * "timed out" and "timeout" meet. It is deliberately crude: summaries are short and the similarity
 * only has to rank a few hundred candidates, not understand them.
 */
final class Terms {
  /** Texts longer than this are cut: a root cause section is not a novel. */
  static final int MAX_CHARS = 20_000;

  private static final Set<String> STOP_WORDS =
      Set.copyOf(
          List.of(
              "a",
              "an",
              "and",
              "are",
              "as",
              "at",
              "be",
              "been",
              "by",
              "for",
              "from",
              "had",
              "has",
              "have",
              "in",
              "into",
              "is",
              "it",
              "its",
              "of",
              "on",
              "or",
              "our",
              "that",
              "the",
              "their",
              "this",
              "to",
              "was",
              "we",
              "were",
              "when",
              "which",
              "while",
              "with",
              "after",
              "before",
              "during",
              "due",
              "some",
              "all",
              "not",
              "no",
              "up",
              "out",
              "issue",
              "incident",
              "problem",
              "der",
              "die",
              "das",
              "und",
              "ein",
              "eine",
              "einer",
              "eines",
              "im",
              "ist",
              "mit",
              "von",
              "zu",
              "für",
              "auf",
              "bei",
              "den",
              "dem",
              "des",
              "nicht",
              "wurde",
              "wurden",
              "nach",
              "störung",
              "fehler"));

  private Terms() {}

  /** A term: the stem that is compared and the word as it was written, to show to people. */
  record Term(String stem, String word) {}

  static List<Term> of(String text) {
    String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String normalized =
        Normalizer.normalize(bounded, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<Term> terms = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= normalized.length(); i++) {
      char c = i < normalized.length() ? normalized.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        add(word.toString(), terms);
        word.setLength(0);
      }
    }
    return terms;
  }

  private static void add(String word, List<Term> terms) {
    if (word.length() < 2 || STOP_WORDS.contains(word) || isNumber(word)) {
      return;
    }
    terms.add(new Term(stem(word), word));
  }

  private static boolean isNumber(String word) {
    return word.chars().allMatch(Character::isDigit);
  }

  /**
   * Strips the commonest English inflections from words long enough to keep a stem, and a final
   * silent "e", so that "certificate" meets "certificates" and "expire" meets "expired".
   */
  static String stem(String word) {
    if (word.length() <= 4) {
      return word;
    }
    for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word.endsWith("e") && word.length() >= 6 ? word.substring(0, word.length() - 1) : word;
  }
}
