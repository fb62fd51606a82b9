package io.postmortem.core.language;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One flagged phrase.
 *
 * @param start UTF-16 offset of the first char of the match in the scanned text
 * @param end UTF-16 offset just after the match
 * @param matchedText the text between start and end, as written
 * @param category why it is flagged
 * @param suggestionKey i18n key of the reframing suggestion (listed in message-keys.txt)
 * @param sentence the sentence containing the match, whitespace collapsed; it identifies the
 *     finding for overrides, so an override survives edits elsewhere in the text
 */
public record LanguageFinding(
    int start,
    int end,
    String matchedText,
    PhraseCategory category,
    String suggestionKey,
    String sentence) {

  /**
   * A stable id for overriding this finding in one field. It depends on the field, the category,
   * the matched words and the sentence, not on offsets, so it survives edits to other sentences;
   * case and spacing changes do not void it either.
   */
  public static String fingerprint(String fieldId, LanguageFinding finding) {
    String identity =
        finding.category()
            + "\u0000"
            + squash(finding.matchedText())
            + "\u0000"
            + squash(finding.sentence());
    return fieldId
        + ":"
        + finding.category().name().toLowerCase(Locale.ROOT)
        + ":"
        + sha256(identity);
  }

  private static String squash(String text) {
    return collapseRegexWhitespace(text.replace('\u2019', '\'')).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Each run of the chars regex {@code \s} matches (space, tab, line feed, vertical tab, form feed,
   * carriage return) becomes one space; written out because a fingerprint is built per finding.
   */
  private static String collapseRegexWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) {
        out.append(c);
      } else if (!inRun) {
        out.append(' ');
      }
      inRun = space;
    }
    return out.toString();
  }

  private static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
