package io.postmortem.core.checklist.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built-in signs of a vague action item, per language: phrases that promise effort instead of a
 * change ("be more careful"), verbs that are vague on their own ("investigate" with nothing to
 * deliver) and verbs that need a measure ("improve X", but by how much?).
 */
final class VaguePhrases {

  private static final Map<String, List<String>> PHRASES =
      Map.of(
          "en",
          List.of(
              "be more careful",
              "more careful",
              "be careful",
              "pay more attention",
              "pay attention",
              "make the team smarter",
              "double-check",
              "double check",
              "try harder",
              "be more vigilant",
              "remember to",
              "don't forget",
              "do not forget",
              "be aware",
              "raise awareness",
              "keep an eye on",
              "take more care",
              "avoid mistakes",
              "avoid human error",
              "be more diligent",
              "think twice"),
          "de",
          List.of(
              "sei vorsichtiger",
              "vorsichtiger sein",
              "vorsichtiger",
              "besser aufpassen",
              "mehr aufpassen",
              "aufmerksamer sein",
              "sorgfältiger",
              "genauer hinschauen",
              "doppelt prüfen",
              "doppelt kontrollieren",
              "nicht vergessen",
              "daran denken",
              "mehr acht geben",
              "mehr achtgeben",
              "fehler vermeiden",
              "sensibilisieren"));

  private static final Map<String, List<String>> BARE_VERBS =
      Map.of(
          "en",
              List.of(
                  "investigate",
                  "look into",
                  "analyze",
                  "analyse",
                  "check",
                  "review",
                  "follow up",
                  "discuss",
                  "research",
                  "explore"),
          "de",
              List.of(
                  "untersuchen",
                  "analysieren",
                  "prüfen",
                  "überprüfen",
                  "nachgehen",
                  "besprechen",
                  "klären",
                  "anschauen",
                  "ansehen"));

  /** Words that add no deliverable to a bare verb: "investigate the issue further". */
  private static final Set<String> FILLER =
      Set.of(
          "the",
          "a",
          "an",
          "this",
          "that",
          "it",
          "issue",
          "problem",
          "incident",
          "outage",
          "further",
          "more",
          "again",
          "root",
          "cause",
          "why",
          "what",
          "happened",
          "and",
          "to",
          "das",
          "die",
          "der",
          "den",
          "dem",
          "ein",
          "eine",
          "einen",
          "es",
          "vorfall",
          "störung",
          "weiter",
          "genauer",
          "ursache",
          "warum",
          "was",
          "passiert",
          "ist",
          "und",
          "mal",
          "noch");

  private static final Map<String, List<String>> IMPROVE_VERBS =
      Map.of(
          "en", List.of("improve", "enhance", "optimize", "optimise", "better"),
          "de", List.of("verbessern", "optimieren", "besser machen"));

  private VaguePhrases() {}

  static List<String> phrases(String language, List<String> extra) {
    List<String> all = new ArrayList<>(PHRASES.getOrDefault(language, List.of()));
    all.addAll(extra);
    return all;
  }

  /** The bare verb when the summary says nothing beyond it, else null. */
  static String bareVerb(String language, String lowerSummary) {
    for (String verb : BARE_VERBS.getOrDefault(language, List.of())) {
      if (containsWord(lowerSummary, verb) && onlyFillerBesides(lowerSummary, verb)) {
        return verb;
      }
    }
    return null;
  }

  /** The improve-verb the summary uses, else null. */
  static String improveVerb(String language, String lowerSummary) {
    for (String verb : IMPROVE_VERBS.getOrDefault(language, List.of())) {
      if (containsWord(lowerSummary, verb)) {
        return verb;
      }
    }
    return null;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  static boolean containsWord(String lowerText, String phrase) {
    int from = 0;
    while (true) {
      int at = lowerText.indexOf(phrase, from);
      if (at < 0) {
        return false;
      }
      int end = at + phrase.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(lowerText.charAt(at - 1));
      boolean endsWord =
          end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean onlyFillerBesides(String lowerSummary, String verb) {
    String rest = lowerSummary.replace(verb, " ");
    for (String word : rest.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !FILLER.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
