package io.postmortem.core.language;

/**
 * Masks quotations: "…", “…”, „…“, »…«, «…», ‚…‘, ‘…’ and '…'. A quotation pairs only within one
 * paragraph and a bounded length (600 chars, 300 for single quotes), so a stray quote mark hides at
 * most a few hundred chars instead of the rest of the document. A straight single quote opens only
 * after a space or bracket and before a letter, and a ’ or ' closes only before a non-letter, so
 * apostrophes ("team's", "don’t") never start or end a quotation. One forward pass, whatever the
 * number of quote marks.
 */
final class QuotationMask {
  private static final int MAX_DOUBLE_QUOTE = 600;
  private static final int MAX_SINGLE_QUOTE = 300;
  private static final String QUOTE_MARKS = "\"'\u201C\u201D\u201E\u00BB\u00AB\u201A\u2018\u2019";

  private QuotationMask() {}

  /**
   * Pairs quote marks in one forward pass: each quote style remembers its earliest open mark in the
   * current paragraph; a matching close mark excludes the span.
   */
  static void mark(String text, boolean[] excluded) {
    QuoteStyle[] styles = QuoteStyle.values();
    int[] open = new int[styles.length];
    java.util.Arrays.fill(open, -1);
    for (int i = 0; i < text.length(); i++) {
      if (ExcludedText.isParagraphBreak(text, i)) {
        java.util.Arrays.fill(open, -1);
        continue;
      }
      if (excluded[i]) {
        continue;
      }
      if (!isQuoteMark(text.charAt(i))) {
        continue;
      }
      boolean closed = false;
      for (int s = 0; s < styles.length; s++) {
        if (open[s] >= 0 && i - open[s] > styles[s].maxLength) {
          open[s] = -1;
        }
        if (open[s] >= 0 && styles[s].closes(text, i)) {
          java.util.Arrays.fill(excluded, open[s], i + 1, true);
          open[s] = -1;
          closed = true;
        }
      }
      for (int s = 0; s < styles.length && !closed; s++) {
        boolean stale = open[s] >= 0 && i - open[s] > styles[s].maxLength;
        if ((open[s] < 0 || stale) && styles[s].opens(text, i)) {
          open[s] = i;
        }
      }
    }
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'' || c >= '\u00AB' && QUOTE_MARKS.indexOf(c) >= 0;
  }

  private enum QuoteStyle {
    STRAIGHT_DOUBLE("\"", "\"", MAX_DOUBLE_QUOTE),
    ENGLISH_DOUBLE("\u201C", "\u201D", MAX_DOUBLE_QUOTE),
    GERMAN_DOUBLE("\u201E", "\u201C\u201D", MAX_DOUBLE_QUOTE),
    GUILLEMETS_IN("\u00BB", "\u00AB", MAX_DOUBLE_QUOTE),
    GUILLEMETS_OUT("\u00AB", "\u00BB", MAX_DOUBLE_QUOTE),
    GERMAN_SINGLE("\u201A", "\u2018\u2019", MAX_SINGLE_QUOTE),
    ENGLISH_SINGLE("\u2018", "\u2019", MAX_SINGLE_QUOTE),
    STRAIGHT_SINGLE("'", "'", MAX_SINGLE_QUOTE);

    private final String openers;
    private final String closers;
    private final int maxLength;

    QuoteStyle(String openers, String closers, int maxLength) {
      this.openers = openers;
      this.closers = closers;
      this.maxLength = maxLength;
    }

    boolean opens(String text, int i) {
      if (openers.indexOf(text.charAt(i)) < 0) {
        return false;
      }
      if (this == STRAIGHT_SINGLE) {
        return (i == 0 || isOpeningContext(text.charAt(i - 1))) && letterAt(text, i + 1);
      }
      return true;
    }

    boolean closes(String text, int i) {
      if (closers.indexOf(text.charAt(i)) < 0) {
        return false;
      }
      boolean apostropheLike = text.charAt(i) == '\'' || text.charAt(i) == '\u2019';
      if (apostropheLike) {
        // "team's" or "don’t": a letter follows, so this is an apostrophe inside the quote.
        return !letterAt(text, i + 1) && i > 0 && !Character.isWhitespace(text.charAt(i - 1));
      }
      return true;
    }

    private static boolean isOpeningContext(char c) {
      return Character.isWhitespace(c) || c == '(' || c == '[' || c == '{' || c == ':';
    }

    private static boolean letterAt(String text, int i) {
      return i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }
  }
}
