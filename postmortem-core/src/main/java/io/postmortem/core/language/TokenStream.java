package io.postmortem.core.language;

import java.util.Arrays;

/**
 * The normalized words of one text with their sentences; sentence texts are built once, on demand.
 *
 * <p>Words are kept in parallel arrays rather than one object each: a 1 MB narrative has about
 * 200,000 words, and the scan reads them only by index.
 */
final class TokenStream {
  private final String text;
  private final Columns columns;
  private final int[] sentenceStarts;
  private final String[] sentenceTexts;

  /**
   * Takes ownership of both arguments: the tokenizer hands them over and keeps no reference (the
   * columns may be lent again by the {@link WordTable} once the scan of this text is done).
   */
  TokenStream(String text, Columns columns, int[] sentenceStarts) {
    this.text = text;
    this.columns = columns;
    this.sentenceStarts = sentenceStarts;
    this.sentenceTexts = new String[sentenceStarts.length];
  }

  /**
   * Growable columns of word fields, filled by the tokenizer. Per word: UTF-16 offset of the word
   * (or contraction part) in the original text and the offset just after it; its normal form (see
   * {@link WordForms}); its clause (phrases never span clauses; a new clause starts at each
   * sentence end and at each skipped region: quote, code, URL); and the index of its sentence.
   */
  static final class Columns {
    private int[] starts;
    private int[] ends;
    private int[] clauses;
    private int[] sentences;
    private String[] norms;
    private int size;

    Columns(int capacity) {
      starts = new int[capacity];
      ends = new int[capacity];
      clauses = new int[capacity];
      sentences = new int[capacity];
      norms = new String[capacity];
    }

    void add(int start, int end, String norm, int clause, int sentence) {
      if (size == starts.length) {
        int capacity = size + (size >> 1) + 1;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        clauses = Arrays.copyOf(clauses, capacity);
        sentences = Arrays.copyOf(sentences, capacity);
        norms = Arrays.copyOf(norms, capacity);
      }
      starts[size] = start;
      ends[size] = end;
      norms[size] = norm;
      clauses[size] = clause;
      sentences[size] = sentence;
      size++;
    }

    int size() {
      return size;
    }

    int capacity() {
      return starts.length;
    }

    /** Empties the columns for the next text; the arrays are kept. */
    void clear() {
      size = 0;
    }

    int start(int index) {
      return starts[index];
    }

    int end(int index) {
      return ends[index];
    }

    String norm(int index) {
      return norms[index];
    }
  }

  int size() {
    return columns.size;
  }

  /** The columns, for {@link WordTable#recycle} once nothing reads this stream any more. */
  Columns columns() {
    return columns;
  }

  int start(int index) {
    return columns.starts[index];
  }

  int end(int index) {
    return columns.ends[index];
  }

  String norm(int index) {
    return columns.norms[index];
  }

  int clause(int index) {
    return columns.clauses[index];
  }

  int sentence(int index) {
    return columns.sentences[index];
  }

  /** The normal form of the word at index when it lies in the given clause, else null. */
  String inClause(int index, int clause) {
    if (index < 0 || index >= columns.size) {
      return null;
    }
    return columns.clauses[index] == clause ? columns.norms[index] : null;
  }

  String text() {
    return text;
  }

  /** The sentence as written, whitespace collapsed and apostrophes straightened. */
  String sentenceText(int sentence) {
    if (sentenceTexts[sentence] == null) {
      int start = sentenceStarts[sentence];
      int end = sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : text.length();
      sentenceTexts[sentence] = collapse(text, start, end);
    }
    return sentenceTexts[sentence];
  }

  private static String collapse(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (alreadyCollapsed(text, start, end)) {
      // Most sentences need no change: one copy instead of building and copying.
      return text.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c == '\u2019' ? '\'' : c);
      }
    }
    return out.toString();
  }

  /** No whitespace but single spaces and no curly apostrophe in text[start, end). */
  private static boolean alreadyCollapsed(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < '\u0080') {
        // Printable ASCII: neither whitespace nor a curly apostrophe.
        continue;
      }
      if (c == '\u2019' || c == ' ' && text.charAt(i + 1) == ' ') {
        return false;
      }
      if (c != ' ' && Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
