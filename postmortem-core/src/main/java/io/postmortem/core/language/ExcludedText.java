package io.postmortem.core.language;

/**
 * Marks the chars a person did not write in their own voice, so the scanner skips them: code (```
 * fences, `inline`, {{monospace}}, Jira {code}/{noformat}), quotations ({quote}, "…", “…”, „…“,
 * »…«, ‘…’, '…' and lines starting with {@code >} or {@code bq.}) and URLs.
 *
 * <p>Quotes pair only within one paragraph and a bounded length, so a stray quote mark hides at
 * most a few hundred chars instead of the rest of the document. A straight single quote opens only
 * after a space or bracket and before a letter, and closes only before a non-letter, so apostrophes
 * ("team's", "users' sessions") never start or end a quotation. Every pass is one forward scan: the
 * cost stays linear however many quote marks the text holds.
 */
final class ExcludedText {
  private static final int MAX_DOUBLE_QUOTE = 600;
  private static final int MAX_SINGLE_QUOTE = 300;

  private final String text;
  private final boolean[] excluded;

  private ExcludedText(String text) {
    this.text = text;
    this.excluded = new boolean[text.length()];
  }

  static boolean[] of(String text) {
    ExcludedText mask = new ExcludedText(text);
    mask.markBlocks("```", "```");
    mask.markJiraMacro("{code");
    mask.markJiraMacro("{noformat");
    mask.markJiraMacro("{quote");
    mask.markBlocks("{{", "}}");
    mask.markInlineCode();
    mask.markQuoteLines();
    mask.markUrls();
    mask.markQuotes();
    return mask.excluded;
  }

  private void mark(int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, excluded.length); i++) {
      excluded[i] = true;
    }
  }

  /** An unclosed block runs to the end, as Markdown and Jira render it. */
  private void markBlocks(String open, String close) {
    int pos = 0;
    while (pos < text.length()) {
      int start = text.indexOf(open, pos);
      if (start < 0) {
        return;
      }
      int stop = text.indexOf(close, start + open.length());
      int end = stop < 0 ? text.length() : stop + close.length();
      mark(start, end);
      pos = end;
    }
  }

  private void markJiraMacro(String name) {
    int pos = 0;
    while (pos < text.length()) {
      int start = text.indexOf(name, pos);
      if (start < 0) {
        return;
      }
      int openEnd = text.indexOf('}', start);
      int after = start + name.length();
      boolean isMacro =
          openEnd >= 0
              && after < text.length()
              && (text.charAt(after) == '}' || text.charAt(after) == ':');
      if (!isMacro) {
        pos = after;
        continue;
      }
      int stop = text.indexOf(name + "}", openEnd + 1);
      int end = stop < 0 ? text.length() : stop + name.length() + 1;
      mark(start, end);
      pos = end;
    }
  }

  private void markInlineCode() {
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isParagraphBreak(i)) {
        open = -1;
      } else if (c == '`' && !excluded[i]) {
        if (open < 0) {
          open = i;
        } else {
          mark(open, i + 1);
          open = -1;
        }
      }
    }
  }

  private void markQuoteLines() {
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int first = lineStart;
      while (first < lineEnd && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
        first++;
      }
      if (text.startsWith(">", first) || text.startsWith("bq. ", first)) {
        mark(first, lineEnd);
      }
      lineStart = lineEnd + 1;
    }
  }

  private void markUrls() {
    int pos = 0;
    while (pos < text.length()) {
      int sep = text.indexOf("://", pos);
      int www = text.indexOf("www.", pos);
      if (sep < 0 && www < 0) {
        return;
      }
      int start;
      if (sep >= 0 && (www < 0 || sep < www)) {
        start = sep;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
          start--;
        }
      } else {
        start = www;
      }
      int end = start;
      while (end < text.length() && !endsUrl(text.charAt(end))) {
        end++;
      }
      mark(start, end);
      pos = Math.max(end, start + 1);
    }
  }

  private static boolean endsUrl(char c) {
    return Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '|' || c == ']';
  }

  /**
   * Pairs quote marks in one forward pass: each quote style remembers its earliest open mark in the
   * current paragraph; a matching close mark excludes the span.
   */
  private void markQuotes() {
    QuoteStyle[] styles = QuoteStyle.values();
    int[] open = new int[styles.length];
    java.util.Arrays.fill(open, -1);
    for (int i = 0; i < text.length(); i++) {
      if (isParagraphBreak(i)) {
        java.util.Arrays.fill(open, -1);
        continue;
      }
      if (excluded[i]) {
        continue;
      }
      boolean closed = false;
      for (int s = 0; s < styles.length; s++) {
        if (open[s] >= 0 && i - open[s] > styles[s].maxLength) {
          open[s] = -1;
        }
        if (open[s] >= 0 && styles[s].closes(text, i)) {
          mark(open[s], i + 1);
          open[s] = -1;
          closed = true;
        }
      }
      for (int s = 0; s < styles.length && !closed; s++) {
        if (open[s] < 0 && styles[s].opens(text, i)) {
          open[s] = i;
        }
      }
    }
  }

  private boolean isParagraphBreak(int i) {
    if (text.charAt(i) != '\n') {
      return false;
    }
    int j = i + 1;
    while (j < text.length()
        && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '\n';
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
