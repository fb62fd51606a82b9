package io.postmortem.core.language;

import java.util.Collections;
import java.util.List;

/** The words of one text with their sentences; sentence texts are built once, on demand. */
final class TokenStream {
  private final String text;
  private final List<Token> tokens;
  private final int[] sentenceStarts;
  private final String[] sentenceTexts;

  /** Takes ownership of both arguments: the tokenizer hands them over and keeps no reference. */
  TokenStream(String text, List<Token> tokens, int[] sentenceStarts) {
    this.text = text;
    this.tokens = Collections.unmodifiableList(tokens);
    this.sentenceStarts = sentenceStarts;
    this.sentenceTexts = new String[sentenceStarts.length];
  }

  List<Token> tokens() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  Token get(int index) {
    return tokens.get(index);
  }

  /** The token at index when it lies in the given clause, else null. */
  Token inClause(int index, int clause) {
    if (index < 0 || index >= tokens.size()) {
      return null;
    }
    Token token = tokens.get(index);
    return token.clause() == clause ? token : null;
  }

  String text() {
    return text;
  }

  /** The sentence as written, whitespace collapsed and apostrophes straightened. */
  String sentenceText(int sentence) {
    if (sentenceTexts[sentence] == null) {
      int start = sentenceStarts[sentence];
      int end = sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : text.length();
      sentenceTexts[sentence] = collapse(text.substring(start, end));
    }
    return sentenceTexts[sentence];
  }

  private static String collapse(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
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
}
