package io.postmortem.core.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds counterfactual and blaming phrases in postmortem text, so the facilitator's job of stopping
 * "should have" and "human error" is done kindly, in place, with a suggestion.
 *
 * <p>Keyword linters are known to drown users in false positives (alex.js: about 90% of hits judged
 * wrong), so every phrase is tied to context checks, and a finding is a warning that can be
 * overridden. The pipeline, each step linear in text size:
 *
 * <ol>
 *   <li>{@link ExcludedText} masks what the author did not say in their own voice: quotations (a
 *       quoted "human error" is a mention, not a use), code and URLs.
 *   <li>{@link Tokenizer} normalizes words (case, umlauts, curly apostrophes, contractions) and
 *       splits sentences and clauses; phrases never span a clause.
 *   <li>{@link PhraseTrie} matches all phrases of the language at once; at each word the most
 *       specific match whose {@link Guard} allows it and whose {@link NegationScope} is not
 *       cancelled becomes a finding.
 * </ol>
 *
 * <p>Decisions about hard cases (the labelled set in the tests holds examples of each):
 *
 * <ul>
 *   <li>"should have"/"could have" + past participle is counterfactual whatever the subject ("the
 *       alert should have fired" is hindsight too), but not before an article or "to" ("every
 *       service should have an owner", "we could have an outage if…"). "should not have" stays
 *       counterfactual; only a negated subject ("nobody could have known") cancels.
 *   <li>"would have" is counterfactual only with a person subject ("they would have noticed"); "the
 *       impact would have been worse" and "a canary would have caught it" describe the system and
 *       where we got lucky, which the practice asks for.
 *   <li>"failed to" blames only a person: "the job failed to start" and "failed to connect" pass;
 *       with no known subject it fires only before a human act ("failed to escalate").
 *   <li>"someone"/"jemand" fires only before a blameworthy past verb ("someone deployed"), not
 *       before credit ("someone noticed") or in a request ("we need someone to own it").
 *   <li>Fault words next to a machine noun name a cause, not a person ("the cache is to blame",
 *       "Schuld war der Cache"); "technische Schulden" never matches (exact forms of "schuld").
 *   <li>German "hätte … sollen/müssen/können" is matched with a gap of up to six words in the
 *       clause; English phrase lists are not applied to German text and vice versa.
 * </ul>
 *
 * <p>A scanner is immutable once built and safe to share between threads; building one parses the
 * phrase list, so callers keep it while the settings stay the same.
 */
public final class BlamelessLanguageScanner {
  private static final Comparator<PhraseTrie.Match> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt((PhraseTrie.Match match) -> -match.phrase().literalCount())
          .thenComparingInt(match -> match.end() - match.first());
  static final Comparator<LanguageFinding> BY_SPAN =
      Comparator.comparingInt(LanguageFinding::start).thenComparingInt(LanguageFinding::end);

  private final PhraseTrie phrases;
  private final Lexicon lexicon;
  private final BlameModel model;

  private BlamelessLanguageScanner(PhraseTrie phrases, Lexicon lexicon, BlameModel model) {
    this.phrases = phrases;
    this.lexicon = lexicon;
    this.model = model;
  }

  /**
   * Built-in phrase list for the locale's language (English and German complete; others fall back
   * to English), plus admin extensions.
   *
   * @param languageTag BCP 47 tag such as "de-DE" or "en"; null or unknown means English
   * @param extraPhrases admin phrases, literal words; null, blank and wordless entries are ignored
   */
  public static BlamelessLanguageScanner forLanguage(
      String languageTag, List<String> extraPhrases) {
    String language = languageOf(languageTag);
    return new BlamelessLanguageScanner(
        PhraseBook.load(language, extraPhrases), Lexicon.load(language), BlameModel.load(language));
  }

  /** The language's phrase rules with the given model after them (null: the rules alone). */
  static BlamelessLanguageScanner withModel(String languageTag, BlameModel model) {
    String language = languageOf(languageTag);
    return new BlamelessLanguageScanner(
        PhraseBook.load(language, List.of()), Lexicon.load(language), model);
  }

  static String languageOf(String languageTag) {
    if (languageTag == null) {
      return "en";
    }
    String language = Locale.forLanguageTag(languageTag.trim().replace('_', '-')).getLanguage();
    return language.equals("de") ? "de" : "en";
  }

  /** All findings in text, in order of offset; never throws (null/empty -> empty list). */
  public List<LanguageFinding> scan(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<LanguageFinding> findings = new ArrayList<>();
    scan(Tokenizer.tokenize(text, ExcludedText.of(text)), findings);
    return List.copyOf(findings);
  }

  /**
   * The findings of every scanner in text, in order of offset; a span that several scanners flag is
   * reported once, by the first of them. The text is masked and tokenized once for all scanners:
   * neither step depends on the language, and text in an unclear language is scanned in each.
   */
  public static List<LanguageFinding> scan(String text, List<BlamelessLanguageScanner> scanners) {
    return scan(text, scanners, new WordTable());
  }

  /**
   * As {@link #scan(String, List)}, looking words up in {@code words}, which the caller shares
   * between the texts of one postmortem so each word is normalized once.
   */
  public static List<LanguageFinding> scan(
      String text, List<BlamelessLanguageScanner> scanners, WordTable words) {
    if (text == null || text.isEmpty() || scanners.isEmpty()) {
      return List.of();
    }
    TokenStream tokens = Tokenizer.tokenize(text, ExcludedText.of(text), words);
    // Sized for a phrase-dense text (a finding every dozen words): growing a list of 20,000
    // findings one copy at a time was 5 % of the worst case (issue 9).
    List<LanguageFinding> found = new ArrayList<>(Math.max(4, tokens.size() / 12));
    for (BlamelessLanguageScanner scanner : scanners) {
      scanner.scan(tokens, found);
    }
    // Findings hold strings only; the columns serve the postmortem's next text.
    words.recycle(tokens);
    if (scanners.size() == 1) {
      return List.copyOf(found);
    }
    found.sort(BY_SPAN);
    List<LanguageFinding> distinct = new ArrayList<>(found.size());
    for (LanguageFinding finding : found) {
      LanguageFinding previous = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
      if (previous == null
          || previous.start() != finding.start()
          || previous.end() != finding.end()) {
        distinct.add(finding);
      }
    }
    return List.copyOf(distinct);
  }

  private void scan(TokenStream tokens, List<LanguageFinding> findings) {
    int ruleFindings = findings.size();
    scanPhrases(tokens, findings);
    if (model != null && model.active()) {
      model.addFindings(tokens, findings, ruleFindings);
    }
  }

  private void scanPhrases(TokenStream tokens, List<LanguageFinding> findings) {
    List<PhraseTrie.Match> candidates = new ArrayList<>(4);
    int index = 0;
    while (index < tokens.size()) {
      candidates.clear();
      phrases.matchesAt(tokens, index, candidates);
      if (candidates.size() > 1) {
        candidates.sort(MOST_SPECIFIC_FIRST);
      }
      PhraseTrie.Match accepted = firstAccepted(tokens, candidates);
      if (accepted == null) {
        index++;
        continue;
      }
      findings.add(toFinding(tokens, accepted));
      boolean contiguous = accepted.end() - accepted.first() == accepted.phrase().literalCount();
      // A gapped match may hold another phrase inside its gap; a contiguous one is consumed whole.
      index = contiguous ? accepted.end() : index + 1;
    }
  }

  private PhraseTrie.Match firstAccepted(TokenStream tokens, List<PhraseTrie.Match> candidates) {
    // Indexed, not for-each: this runs at every word, and the iterator would be garbage each time.
    for (int c = 0; c < candidates.size(); c++) {
      PhraseTrie.Match match = candidates.get(c);
      Phrase phrase = match.phrase();
      if (phrase.guard().allows(tokens, match.first(), match.end(), lexicon)
          && !phrase.negation().cancels(tokens, match.first(), match.end(), lexicon)) {
        return match;
      }
    }
    return null;
  }

  private static LanguageFinding toFinding(TokenStream tokens, PhraseTrie.Match match) {
    int start = tokens.start(match.first());
    int end = tokens.end(match.end() - 1);
    Phrase phrase = match.phrase();
    return new LanguageFinding(
        start,
        end,
        tokens.text().substring(start, end),
        phrase.category(),
        phrase.suggestionKey(),
        tokens.sentenceText(tokens.sentence(match.first())));
  }
}
