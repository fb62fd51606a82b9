package io.postmortem.core.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the trie of one language from {@code phrases_<lang>.tsv} and an admin's extra phrases.
 *
 * <p>Built-in pattern syntax, one step per space-separated piece: a word; alternatives {@code a|b};
 * a prefix {@code careless*}; a gap {@code …} (up to 6 words) or {@code …2}. Admin phrases are
 * literal words only (an admin typing "*" or "|" should get what they typed), matched with the same
 * normalization, no guard and any negation cancelling.
 */
final class PhraseBook {
  static final String KEY_PREFIX = "postmortem.language.suggestion.";
  static final String ADMIN_SUGGESTION = KEY_PREFIX + "admin-defined";
  private static final int DEFAULT_GAP = 6;

  private PhraseBook() {}

  static PhraseTrie load(String language, List<String> extraPhrases) {
    PhraseTrie trie = new PhraseTrie();
    for (String line : ResourceLines.read("phrases_" + language + ".tsv")) {
      String[] columns = line.split("\t");
      if (columns.length != 5) {
        throw new IllegalStateException(
            "phrases_" + language + ".tsv: 5 columns expected in: " + line);
      }
      PhraseCategory category = PhraseCategory.valueOf(columns[0].trim());
      String pattern = columns[1].trim();
      for (List<PhraseTrie.Step> steps : expand(pattern)) {
        Phrase phrase =
            new Phrase(
                category,
                KEY_PREFIX + columns[2].trim(),
                Guard.valueOf(columns[3].trim()),
                NegationScope.valueOf(columns[4].trim()),
                literalCount(steps),
                pattern);
        trie.add(steps, phrase);
      }
    }
    if (extraPhrases != null) {
      for (String extra : extraPhrases) {
        addAdminPhrase(trie, extra);
      }
    }
    return trie;
  }

  private static void addAdminPhrase(PhraseTrie trie, String extra) {
    if (extra == null || extra.isBlank()) {
      return;
    }
    List<PhraseTrie.Step> steps = new ArrayList<>();
    for (String word : Tokenizer.words(extra)) {
      steps.add(PhraseTrie.Step.word(word));
    }
    if (!steps.isEmpty()) {
      trie.add(
          steps,
          new Phrase(
              PhraseCategory.ADMIN_DEFINED,
              ADMIN_SUGGESTION,
              Guard.NONE,
              NegationScope.ANY,
              steps.size(),
              extra));
    }
  }

  /** Every word sequence the pattern stands for (alternatives multiplied out). */
  static List<List<PhraseTrie.Step>> expand(String pattern) {
    List<List<PhraseTrie.Step>> sequences = new ArrayList<>();
    sequences.add(new ArrayList<>());
    for (String piece : pattern.split("\\s+")) {
      List<PhraseTrie.Step> options = new ArrayList<>();
      if (piece.startsWith("…") || piece.startsWith("...")) {
        String width = piece.replace("…", "").replace("...", "");
        options.add(PhraseTrie.Step.gap(width.isEmpty() ? DEFAULT_GAP : Integer.parseInt(width)));
      } else {
        for (String option : piece.split("\\|")) {
          options.add(
              option.endsWith("*")
                  ? PhraseTrie.Step.prefix(WordForms.fold(option.substring(0, option.length() - 1)))
                  : PhraseTrie.Step.word(WordForms.fold(option)));
        }
      }
      List<List<PhraseTrie.Step>> longer = new ArrayList<>();
      for (List<PhraseTrie.Step> sequence : sequences) {
        for (PhraseTrie.Step option : options) {
          List<PhraseTrie.Step> copy = new ArrayList<>(sequence);
          copy.add(option);
          longer.add(copy);
        }
      }
      sequences = longer;
    }
    return sequences;
  }

  private static int literalCount(List<PhraseTrie.Step> steps) {
    return (int) steps.stream().filter(step -> !step.isGap()).count();
  }
}
