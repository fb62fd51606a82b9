package io.postmortem.core.language;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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

  private static final String[] CATEGORY_IDS =
      Arrays.stream(PhraseCategory.values())
          .map(category -> category.name().toLowerCase(Locale.ROOT))
          .toArray(String[]::new);

  /** One digest per thread, reused: looking one up per finding cost more than hashing. */
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(LanguageFinding::newSha256);

  /**
   * A stable id for overriding this finding in one field. It depends on the field, the category,
   * the matched words and the sentence, not on offsets, so it survives edits to other sentences;
   * case and spacing changes do not void it either. The value is the first 8 bytes of the SHA-256
   * of {@code category + NUL + squash(matched) + NUL + squash(sentence)} in UTF-8, where squash
   * turns curly apostrophes straight, collapses each run of regex whitespace to one space, trims
   * and lower-cases (Locale.ROOT). Stored overrides hold these ids, so the definition never
   * changes; LanguageFindingTest pins known values.
   */
  public static String fingerprint(String fieldId, LanguageFinding finding) {
    return fingerprint(fieldId, finding.category(), identityHash(finding));
  }

  /**
   * The fingerprint from a hash {@link #identityHash} made earlier (the same finding elsewhere).
   */
  public static String fingerprint(String fieldId, PhraseCategory category, String identityHash) {
    return fieldId + ":" + CATEGORY_IDS[category.ordinal()] + ":" + identityHash;
  }

  /**
   * The part of the fingerprint that does not depend on the field: equal for findings with the same
   * category, words and sentence, so a caller may compute it once for repeated sentences.
   */
  public static String identityHash(LanguageFinding finding) {
    String category = finding.category().name();
    StringBuilder identity =
        new StringBuilder(category.length() + finding.sentence().length() + 32);
    identity.append(category).append('\u0000');
    squashInto(identity, finding.matchedText());
    identity.append('\u0000');
    squashInto(identity, finding.sentence());
    byte[] hash = SHA_256.get().digest(utf8(identity));
    return HexFormat.of().formatHex(hash, 0, 8);
  }

  /**
   * Appends squash(text): one pass for apostrophes and whitespace, then trim and lower case in
   * place when the result is ASCII (String.toLowerCase(Locale.ROOT) is plain ASCII lower-casing
   * there); anything else goes through String.toLowerCase itself, so non-ASCII text hashes exactly
   * as before.
   */
  private static void squashInto(StringBuilder out, String text) {
    int from = out.length();
    boolean inRun = false;
    boolean ascii = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i) == '\u2019' ? '\'' : text.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) {
        out.append(c);
        ascii &= c < 128;
      } else if (!inRun) {
        out.append(' ');
      }
      inRun = space;
    }
    int start = from;
    int end = out.length();
    while (start < end && out.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && out.charAt(end - 1) <= ' ') {
      end--;
    }
    String trimmed = ascii ? null : out.substring(start, end).toLowerCase(Locale.ROOT);
    out.setLength(end);
    out.delete(from, start);
    if (trimmed != null) {
      out.replace(from, out.length(), trimmed);
      return;
    }
    for (int i = from; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
  }

  /** UTF-8 bytes of {@code text}, copied once when it is ASCII (the common case). */
  private static byte[] utf8(CharSequence text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
      }
      bytes[i] = (byte) c;
    }
    return bytes;
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
