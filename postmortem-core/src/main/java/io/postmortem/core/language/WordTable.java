package io.postmortem.core.language;

/**
 * Normalized forms of plain ASCII words, each built once: a narrative repeats its words, and the
 * texts of one postmortem (its sections and thousands of item summaries) share most of them, so
 * looking a word up by its chars instead of copying it per occurrence removes most of a scan's
 * garbage. Words with other chars (umlauts, apostrophes, hyphens) take the full {@link WordForms}
 * path. One table serves the texts of one evaluation on one thread, so it needs no locking; it
 * holds only immutable strings and is dropped with the evaluation.
 */
public final class WordTable {
  private static final int INITIAL_SLOTS = 64;

  private String[] slots = new String[INITIAL_SLOTS];
  private int size;

  /**
   * Token columns of a text already scanned, for the next text: a postmortem with 10,000 items
   * tokenizes 20,000 short texts, and fresh columns for each were a quarter of the worst case's
   * garbage (issue 9).
   */
  private TokenStream.Columns spare;

  /** An empty table, for the texts of one evaluation. */
  public WordTable() {}

  /**
   * The folded form of text[start, end), which holds only ASCII letters, digits and '_' (folding is
   * then ASCII lower-casing).
   *
   * @param hash {@link String#hashCode} of the folded form
   */
  String plainAscii(String text, int start, int end, int hash) {
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    while (slots[slot] != null) {
      if (sameWord(slots[slot], text, start, end)) {
        return slots[slot];
      }
      slot = (slot + 1) & mask;
    }
    String word = lowerAscii(text, start, end);
    slots[slot] = word;
    if (++size * 2 > slots.length) {
      grow();
    }
    return word;
  }

  /** Empty token columns with room for at least {@code capacity} tokens. */
  TokenStream.Columns columns(int capacity) {
    TokenStream.Columns reused = spare;
    if (reused == null || reused.capacity() < capacity) {
      return new TokenStream.Columns(capacity);
    }
    spare = null;
    reused.clear();
    return reused;
  }

  /**
   * Keeps the columns of {@code tokens} for the next text. The caller reads nothing of {@code
   * tokens} afterwards: the next text's tokens overwrite them.
   */
  void recycle(TokenStream tokens) {
    TokenStream.Columns columns = tokens.columns();
    if (spare == null || spare.capacity() < columns.capacity()) {
      spare = columns;
    }
  }

  static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean sameWord(String word, String text, int start, int end) {
    if (word.length() != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (word.charAt(i - start) != lowerAscii(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String lowerAscii(String text, int start, int end) {
    char[] chars = new char[end - start];
    for (int i = start; i < end; i++) {
      chars[i - start] = lowerAscii(text.charAt(i));
    }
    return new String(chars);
  }

  private void grow() {
    String[] old = slots;
    slots = new String[old.length * 2];
    int mask = slots.length - 1;
    for (String word : old) {
      if (word != null) {
        int slot = spread(word.hashCode()) & mask;
        while (slots[slot] != null) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = word;
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
