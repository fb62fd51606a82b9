package io.postmortem.core.language;

import java.util.Locale;

/**
 * How a written word becomes a token: lower case, umlauts folded (ä→ae, ß→ss, so "haette" and
 * "hätte" match alike), curly and modifier apostrophes straightened, hyphens dropped ("on-call" and
 * "oncall" match alike). English contractions are split so that "shouldn’t have" and "should not
 * have" are the same tokens: "n't"→"not", "'ve"→"have", "'d"→"would", "'re"→"are", "'ll"→"will",
 * "'m"→"am"; a possessive "'s" stays its own token for "someone's fault".
 */
final class WordForms {
  private static final String[][] SUFFIXES = {
    {"n't", "not"},
    {"'ve", "have"},
    {"'d", "would"},
    {"'re", "are"},
    {"'ll", "will"},
    {"'m", "am"},
    {"'s", "'s"}
  };

  /** A folded word split before its contraction suffix. */
  record Contraction(String base, String expansion, int suffixLength) {}

  private WordForms() {}

  static String fold(String word) {
    if (isPlainLowerAscii(word)) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length() + 2);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'ä' -> out.append("ae");
        case 'ö' -> out.append("oe");
        case 'ü' -> out.append("ue");
        case 'ß' -> out.append("ss");
        case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> out.append('\'');
        case '-', '\u2010', '\u2011' -> {}
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The contraction in a folded word, or null. Apostrophes are one char written and folded, so the
   * suffix length is the same in the original text.
   */
  static Contraction contraction(String folded) {
    if (folded.indexOf('\'') < 0) {
      return null;
    }
    for (String[] suffix : SUFFIXES) {
      if (folded.length() > suffix[0].length() && folded.endsWith(suffix[0])) {
        String base = folded.substring(0, folded.length() - suffix[0].length());
        return new Contraction(expandBase(base, suffix[0]), suffix[1], suffix[0].length());
      }
    }
    return null;
  }

  private static String expandBase(String base, String suffix) {
    if (!suffix.equals("n't")) {
      return base;
    }
    return switch (base) {
      case "ca" -> "can";
      case "wo" -> "will";
      case "sha" -> "shall";
      default -> base;
    };
  }

  private static boolean isPlainLowerAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '\'')) {
        return false;
      }
    }
    return true;
  }
}
