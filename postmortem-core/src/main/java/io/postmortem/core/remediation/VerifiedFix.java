package io.postmortem.core.remediation;

import io.postmortem.core.postmortem.PriorityLevel;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a remediation item may be closed: a Critical or High item needs evidence that the fix
 * works (what was run or watched, optionally a link to the test, dashboard or game day), because an
 * item closed on "deployed" alone is how the same incident comes back. A word such as "done" or
 * "fixed" says the work happened, not that it worked, so it does not count as evidence.
 */
public final class VerifiedFix {

  /** Outcomes, also the last part of each message key ({@code postmortem.verified-fix.<name>}). */
  public enum Gap {
    MISSING,
    VAGUE
  }

  /** Fewer letters than this is a word, not a description of how the fix was shown to work. */
  static final int MIN_LETTERS = 12;

  private static final Set<String> NOT_EVIDENCE =
      Set.of(
          "done",
          "fixed",
          "deployed",
          "released",
          "merged",
          "ok",
          "okay",
          "yes",
          "verified",
          "tested",
          "works",
          "n/a",
          "na",
          "tbd",
          "todo",
          "-",
          "see above",
          "erledigt",
          "behoben",
          "getestet",
          "ja");

  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

  private VerifiedFix() {}

  /** Whether an item of this level needs evidence before it is closed. */
  public static boolean required(PriorityLevel level) {
    return level != null && level.isCriticalOrHigh();
  }

  /** What is missing from the evidence of an item of this level; empty when it may close. */
  public static Optional<Gap> gap(PriorityLevel level, String evidence) {
    if (!required(level)) {
      return Optional.empty();
    }
    String text = evidence == null ? "" : evidence.strip();
    if (text.isEmpty()) {
      return Optional.of(Gap.MISSING);
    }
    if (link(text).isPresent()) {
      return Optional.empty();
    }
    String normalised = text.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
    if (NOT_EVIDENCE.contains(normalised) || letters(text) < MIN_LETTERS) {
      return Optional.of(Gap.VAGUE);
    }
    return Optional.empty();
  }

  /** The first http(s) link in the evidence: the test, dashboard or game day it points to. */
  public static Optional<String> link(String evidence) {
    if (evidence == null) {
      return Optional.empty();
    }
    Matcher matcher = LINK.matcher(evidence);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }

  private static long letters(String text) {
    return text.codePoints().filter(Character::isLetter).count();
  }
}
