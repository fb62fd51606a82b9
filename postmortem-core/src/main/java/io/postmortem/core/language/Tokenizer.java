package io.postmortem.core.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits text into normalized words ({@link WordForms}) in one pass. Apostrophe and hyphen join
 * words ("on-call", "team's"); contractions become two tokens. A sentence ends at . ! ? before a
 * space (not after a one-letter word or a known abbreviation, so "e.g." and "z. B." do not split),
 * at a blank line, at a new list item or table cell; a single line break does not end a sentence,
 * so phrases wrapped over two lines still match.
 */
final class Tokenizer {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "vs", "bzw", "ca", "usw", "inkl", "ggf", "zb", "dr", "mr", "mrs", "ms", "nr", "approx",
          "incl", "evtl", "vgl");

  private final String text;
  private final boolean[] excluded;
  private final TokenStream.Columns tokens;
  private final WordTable words;
  private int[] sentenceStarts;
  private int sentenceCount = 1;
  private int clause;
  private int sentence;

  private Tokenizer(String text, boolean[] excluded, WordTable words) {
    this.text = text;
    this.excluded = excluded;
    this.words = words;
    // About one token per six chars of prose; sized once so large texts are not copied repeatedly.
    this.tokens = words.columns(Math.max(10, text.length() / 5));
    this.sentenceStarts = new int[Math.max(8, text.length() / 64)];
  }

  static TokenStream tokenize(String text, boolean[] excluded) {
    return tokenize(text, excluded, new WordTable());
  }

  static TokenStream tokenize(String text, boolean[] excluded, WordTable words) {
    Tokenizer tokenizer = new Tokenizer(text, excluded, words);
    tokenizer.run();
    return new TokenStream(
        text, tokenizer.tokens, Arrays.copyOf(tokenizer.sentenceStarts, tokenizer.sentenceCount));
  }

  /** Normalized words of a phrase as an admin or the built-in list writes it. */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    TokenStream tokens = tokenize(phrase, new boolean[phrase.length()]);
    for (int t = 0; t < tokens.size(); t++) {
      words.add(tokens.norm(t));
    }
    return words;
  }

  private void run() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (excluded[i]) {
        while (i < n && excluded[i]) {
          i++;
        }
        clause++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        i = readWord(i);
        continue;
      }
      if (endsSentence(i)) {
        sentence++;
        clause++;
        if (sentenceCount == sentenceStarts.length) {
          sentenceStarts = Arrays.copyOf(sentenceStarts, sentenceCount * 2);
        }
        sentenceStarts[sentenceCount++] = i + 1;
      } else if (cp == ';') {
        clause++;
      }
      i += Character.charCount(cp);
    }
  }

  private int readWord(int start) {
    int n = text.length();
    int i = start;
    // While the word is plain ASCII its normal form's hash is built here, saving a second pass.
    boolean plain = true;
    int hash = 0;
    while (i < n && !excluded[i]) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        if (cp >= 0x80) {
          plain = false;
        } else if (plain) {
          hash = 31 * hash + WordTable.lowerAscii((char) cp);
        }
        i += Character.charCount(cp);
      } else if (isJoiner(cp)
          && i + 1 < n
          && !excluded[i + 1]
          && isWordChar(text.codePointAt(i + 1))) {
        plain = false;
        i++;
      } else {
        break;
      }
    }
    if (plain) {
      add(start, i, words.plainAscii(text, start, i, hash));
    } else {
      emit(start, i);
    }
    return i;
  }

  private void emit(int start, int end) {
    String folded = WordForms.fold(text.substring(start, end));
    WordForms.Contraction contraction = WordForms.contraction(folded);
    if (contraction == null) {
      add(start, end, folded);
    } else {
      int split = end - contraction.suffixLength();
      add(start, split, contraction.base());
      add(split, end, contraction.expansion());
    }
  }

  private void add(int start, int end, String norm) {
    tokens.add(start, end, norm, clause, sentence);
  }

  private boolean endsSentence(int i) {
    char c = text.charAt(i);
    return switch (c) {
      case '.', '!', '?', '\u2026' -> followedByBreak(i) && !(c == '.' && afterAbbreviation(i));
      case '\n' -> startsBlockOrItem(i + 1);
      case '|' -> true;
      default -> false;
    };
  }

  private boolean followedByBreak(int i) {
    int next = i + 1;
    while (next < text.length() && "\"'\u201D\u201C\u2019)".indexOf(text.charAt(next)) >= 0) {
      next++;
    }
    return next >= text.length() || Character.isWhitespace(text.charAt(next)) || excluded[next];
  }

  private boolean afterAbbreviation(int dot) {
    if (tokens.size() == 0) {
      return false;
    }
    int last = tokens.size() - 1;
    return tokens.end(last) == dot
        && (tokens.end(last) - tokens.start(last) == 1
            || ABBREVIATIONS.contains(tokens.norm(last)));
  }

  private boolean startsBlockOrItem(int i) {
    int j = i;
    while (j < text.length()
        && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    if (j >= text.length()) {
      return false;
    }
    char c = text.charAt(j);
    if (c == '\n' || c == '-' || c == '*' || c == '#' || c == '\u2022' || c == '|') {
      return true;
    }
    int k = j;
    while (k < text.length() && Character.isDigit(text.charAt(k))) {
      k++;
    }
    return k > j && k < text.length() && (text.charAt(k) == '.' || text.charAt(k) == ')');
  }

  private static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z'
          || cp >= 'A' && cp <= 'Z'
          || cp >= '0' && cp <= '9'
          || cp == '_';
    }
    return Character.isLetterOrDigit(cp)
        || cp == '_'
        || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static boolean isJoiner(int cp) {
    return cp == '\''
        || cp == '\u2019'
        || cp == '\u02BC'
        || cp == '-'
        || cp == '\u2010'
        || cp == '\u2011';
  }
}
