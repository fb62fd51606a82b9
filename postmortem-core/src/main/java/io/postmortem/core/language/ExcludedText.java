package io.postmortem.core.language;

/**
 * Marks the chars a person did not write in their own voice, so the scanner skips them: code (```
 * fences, `inline`, {{monospace}}, Jira {code}/{noformat}), quotations ({quote}, lines starting
 * with {@code >} or {@code bq.}, and quote marks via {@link QuotationMask}) and URLs. A quoted
 * "human error" is a mention, not a use. Every pass reads the text forward once; an unclosed fence
 * or macro runs to the end, as Markdown and Jira render it.
 */
final class ExcludedText {
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
    QuotationMask.mark(text, mask.excluded);
    return mask.excluded;
  }

  void mark(int from, int to) {
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
      int after = start + name.length();
      boolean isMacro =
          after < text.length() && (text.charAt(after) == '}' || text.charAt(after) == ':');
      int openEnd = isMacro ? text.indexOf('}', start) : -1;
      if (isMacro && openEnd < 0) {
        return;
      }
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
    int first = text.indexOf('`');
    if (first < 0) {
      // Most texts have no backtick; the vectorised search saves a pass char by char.
      return;
    }
    int open = -1;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isParagraphBreak(text, i)) {
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
    int sep = text.indexOf("://");
    int www = text.indexOf("www.");
    while (pos < text.length() && (sep >= 0 || www >= 0)) {
      // Each search resumes after the last URL, so the text is read once however many URLs it has.
      if (sep >= 0 && sep < pos) {
        sep = text.indexOf("://", pos);
      }
      if (www >= 0 && www < pos) {
        www = text.indexOf("www.", pos);
      }
      if (sep < 0 && www < 0) {
        return;
      }
      int start;
      if (sep >= 0 && (www < 0 || sep < www)) {
        start = sep;
        while (start > pos && Character.isLetter(text.charAt(start - 1))) {
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

  static boolean isParagraphBreak(String text, int i) {
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
}
