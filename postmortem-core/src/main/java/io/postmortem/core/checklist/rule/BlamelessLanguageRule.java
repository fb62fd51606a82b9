package io.postmortem.core.checklist.rule;

import io.postmortem.core.checklist.Argument;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.TextField;
import io.postmortem.core.language.BlamelessLanguageScanner;
import io.postmortem.core.language.LanguageFinding;
import io.postmortem.core.language.PhraseCategory;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.LanguageOverride;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.SectionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counterfactual and blaming phrases ("should have", "human error", "failed to") in every narrative
 * section and in item summaries and success measures, each with its text span and a suggested
 * reframing. A finding someone kept on purpose, with a recorded reason, is skipped by its
 * fingerprint. Each text is scanned by a phrase trie (not phrase × position), and only in the
 * configured language it is written in when its function words make that clear (item texts follow
 * the narrative's language unless they hold another language's function words), so the cost grows
 * with the text, not with text × phrases × languages.
 *
 * <p>Argument: one {@link Argument.Finding} (the phrase, its field, the sentence it is in, the
 * phrase's own suggestion, and the fingerprint an override records).
 */
public final class BlamelessLanguageRule extends Rule {

  public static final String ID = "blameless-language";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.WARN,
          List.of(SettingsSchema.LANGUAGES, SettingsSchema.BLAME_PHRASES),
          "finding");

  public BlamelessLanguageRule() {
    super(DESCRIPTOR);
  }

  /** Scanners compile their phrase lists once; settings change rarely, so a few are kept. */
  private static final int MAX_CACHED_SCANNERS = 32;

  /**
   * Compiled scanners by language and admin phrases. Building one costs about as much as scanning
   * 20 KB, and the engine is created per validation, so they are shared. Only immutable phrase
   * tables are kept: nothing a cluster node would need to agree on.
   */
  private static final Map<List<String>, BlamelessLanguageScanner> SCANNERS =
      new ConcurrentHashMap<>();

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    Map<String, BlamelessLanguageScanner> languageScanners = new LinkedHashMap<>();
    for (String language : settings.languages()) {
      languageScanners.put(language, scanner(language, settings.extraBlamePhrases(language)));
    }
    Set<String> kept = new HashSet<>();
    for (LanguageOverride override : postmortem.languageOverrides()) {
      kept.add(override.fingerprint());
    }
    Map<Identity, String> hashes = new HashMap<>();
    List<String> configured = List.copyOf(languageScanners.keySet());
    int[] documentCounts = new int[configured.size()];
    for (SectionKind kind : SectionKind.values()) {
      String text = postmortem.section(kind);
      int[] counts = TextLanguage.count(text, configured);
      for (int l = 0; l < counts.length; l++) {
        documentCounts[l] += counts[l];
      }
      List<String> languages = TextLanguage.decide(counts, configured);
      scan(TextField.section(kind), text, languages, languageScanners, kept, hashes, findings);
    }
    List<String> documentLanguages = TextLanguage.decide(documentCounts, configured);
    for (ActionItem item : postmortem.actionItems()) {
      for (String[] field :
          new String[][] {
            {TextField.itemSummary(item.key()), item.summary()},
            {TextField.itemSuccessMeasure(item.key()), item.successMeasure()}
          }) {
        List<String> languages = TextLanguage.ofShortText(field[1], configured, documentLanguages);
        scan(field[0], field[1], languages, languageScanners, kept, hashes, findings);
      }
    }
  }

  private static void scan(
      String fieldId,
      String text,
      List<String> languages,
      Map<String, BlamelessLanguageScanner> languageScanners,
      Set<String> kept,
      Map<Identity, String> hashes,
      Findings findings) {
    if (text.isBlank()) {
      return;
    }
    List<BlamelessLanguageScanner> scanners = new ArrayList<>(languages.size());
    for (String language : languages) {
      scanners.add(languageScanners.get(language));
    }
    for (LanguageFinding finding : BlamelessLanguageScanner.scan(text, scanners)) {
      String hash =
          hashes.computeIfAbsent(
              new Identity(finding.category(), finding.matchedText(), finding.sentence()),
              identity -> LanguageFinding.identityHash(finding));
      String fingerprint = LanguageFinding.fingerprint(fieldId, finding.category(), hash);
      if (kept.contains(fingerprint)) {
        continue;
      }
      findings.add(
          "finding",
          Subject.textSpan(fieldId, finding.start(), finding.end()),
          new Argument.Finding(
              finding.matchedText(),
              fieldId,
              finding.sentence(),
              finding.suggestionKey(),
              fingerprint));
    }
  }

  /**
   * What a fingerprint's hash depends on besides the field. Phrase-dense postmortems repeat
   * sentences (templated item summaries, the same line in several sections), and hashing each
   * repeat again was most of the rule's cost on them (issue 9).
   */
  private record Identity(PhraseCategory category, String matchedText, String sentence) {}

  private static BlamelessLanguageScanner scanner(String language, List<String> extraPhrases) {
    List<String> key = new ArrayList<>();
    key.add(language);
    key.addAll(extraPhrases);
    if (SCANNERS.size() > MAX_CACHED_SCANNERS) {
      SCANNERS.clear();
    }
    return SCANNERS.computeIfAbsent(
        List.copyOf(key), k -> BlamelessLanguageScanner.forLanguage(language, extraPhrases));
  }
}
