package io.postmortem.core.checklist.rule;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Picks the configured languages a text is written in, from its function words, so that a long
 * English narrative is not scanned again with the German phrase list (and vice versa). Text that is
 * short, mixed or unclear is scanned in every configured language: a missed finding costs more than
 * a second scan of a few words.
 *
 * <p>It runs over every narrative, so words are never copied: each short word is packed into a
 * {@code long} as it is read and looked up in a sorted array.
 */
final class TextLanguage {

  /** Below this many function words the text is too short to tell. */
  private static final int ENOUGH_EVIDENCE = 12;

  /** The dominant language needs at least (DOMINANCE - 1) / DOMINANCE of the function words. */
  private static final int DOMINANCE = 20;

  private static final int LONGEST_WORD = 6;

  private static final Map<String, long[]> FUNCTION_WORDS =
      Map.of(
          "en",
          codes(
              "the", "and", "was", "were", "is", "are", "of", "to", "in", "it", "that", "for",
              "with", "on", "this", "we", "not", "at", "by", "from", "had", "has", "have", "be"),
          "de",
          codes(
              "der",
              "die",
              "das",
              "und",
              "ist",
              "war",
              "waren",
              "nicht",
              "mit",
              "ein",
              "eine",
              "zu",
              "den",
              "von",
              "auf",
              "im",
              "f\u00fcr",
              "wir",
              "sich",
              "dem",
              "des",
              "auch",
              "wurde",
              "hat"));

  private TextLanguage() {}

  /**
   * The languages of a short text (an item summary) inside a document written in {@code
   * documentLanguages}: a few words rarely tell the language, so they follow the document unless
   * they contain a function word of another configured language.
   */
  static List<String> ofShortText(
      String text, List<String> configured, List<String> documentLanguages) {
    if (configured.size() < 2 || documentLanguages.size() == configured.size()) {
      return configured;
    }
    int[] counts = count(text, configured);
    for (int l = 0; l < counts.length; l++) {
      if (counts[l] > 0 && !documentLanguages.contains(configured.get(l))) {
        return configured;
      }
    }
    return documentLanguages;
  }

  /** Function words of each configured language found in {@code text}. */
  static int[] count(String text, List<String> configured) {
    long[][] words = new long[configured.size()][];
    for (int l = 0; l < words.length; l++) {
      words[l] = FUNCTION_WORDS.getOrDefault(configured.get(l), new long[0]);
    }
    int[] counts = new int[configured.size()];
    long code = 0;
    int length = 0;
    boolean packable = true;
    for (int i = 0; i <= text.length(); i++) {
      int letter = i < text.length() ? letterCode(text.charAt(i)) : -1;
      if (letter >= 0) {
        length++;
        packable &= letter > 0;
        code = (code << 5) | letter;
      } else {
        if (packable && length > 0 && length <= LONGEST_WORD) {
          count(code, words, counts);
        }
        code = 0;
        length = 0;
        packable = true;
      }
    }
    return counts;
  }

  /** One language when it has nearly all the function words, else every configured language. */
  static List<String> decide(int[] counts, List<String> configured) {
    long total = 0;
    for (int count : counts) {
      total += count;
    }
    if (configured.size() < 2 || total < ENOUGH_EVIDENCE) {
      return configured;
    }
    for (int l = 0; l < counts.length; l++) {
      if (counts[l] > 0 && (long) counts[l] * DOMINANCE >= total * (DOMINANCE - 1)) {
        return List.of(configured.get(l));
      }
    }
    return configured;
  }

  /**
   * 1–26 for a–z in either case, 27–30 for ä, ö, ü, ß; 0 for any other letter (the word cannot be a
   * function word); -1 for a character that ends a word.
   */
  private static int letterCode(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 1;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 1;
    }
    if (c < 0x80) {
      // Spaces, digits and punctuation, without Character's table lookups.
      return c >= '0' && c <= '9' ? 0 : -1;
    }
    switch (c) {
      case '\u00e4', '\u00c4':
        return 27;
      case '\u00f6', '\u00d6':
        return 28;
      case '\u00fc', '\u00dc':
        return 29;
      case '\u00df':
        return 30;
      default:
        return Character.isLetterOrDigit(c) ? 0 : -1;
    }
  }

  private static void count(long code, long[][] words, int[] counts) {
    for (int l = 0; l < words.length; l++) {
      if (Arrays.binarySearch(words[l], code) >= 0) {
        counts[l]++;
      }
    }
  }

  private static long[] codes(String... words) {
    long[] codes = new long[words.length];
    for (int w = 0; w < words.length; w++) {
      long code = 0;
      for (char c : words[w].toCharArray()) {
        code = (code << 5) | letterCode(c);
      }
      codes[w] = code;
    }
    Arrays.sort(codes);
    return codes;
  }
}
