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
import io.postmortem.core.language.WordTable;
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
    Kept kept = new Kept(postmortem.languageOverrides());
    List<String> configured = List.copyOf(languageScanners.keySet());
    Scans scans = new Scans(languageScanners, configured);
    int[] documentCounts = new int[configured.size()];
    for (SectionKind kind : SectionKind.values()) {
      String text = postmortem.section(kind);
      int[] counts = TextLanguage.count(text, configured);
      for (int l = 0; l < counts.length; l++) {
        documentCounts[l] += counts[l];
      }
      List<String> languages = TextLanguage.decide(counts, configured);
      if (!text.isBlank()) {
        report(TextField.section(kind), scans.scan(text, languages), scans, kept, findings);
      }
    }
    scans.documentLanguages = TextLanguage.decide(documentCounts, configured);
    for (ActionItem item : postmortem.actionItems()) {
      List<LanguageFinding> inSummary = scans.itemText(item.summary());
      if (!inSummary.isEmpty()) {
        report(TextField.itemSummary(item.key()), inSummary, scans, kept, findings);
      }
      List<LanguageFinding> inMeasure = scans.itemText(item.successMeasure());
      if (!inMeasure.isEmpty()) {
        report(TextField.itemSuccessMeasure(item.key()), inMeasure, scans, kept, findings);
      }
    }
  }

  /**
   * Adds the findings of one field that no override keeps. Fingerprints are hashed here only in a
   * field some override names (to tell which findings it keeps); elsewhere the finding computes its
   * fingerprint when someone reads it.
   */
  private static void report(
      String fieldId, List<LanguageFinding> found, Scans scans, Kept kept, Findings findings) {
    boolean overridden = kept.fields.contains(fieldId);
    for (LanguageFinding finding : found) {
      Argument.Finding argument;
      if (overridden) {
        String hash = scans.identityHash(finding);
        String fingerprint = LanguageFinding.fingerprint(fieldId, finding.category(), hash);
        if (kept.fingerprints.contains(fingerprint)) {
          continue;
        }
        argument =
            new Argument.Finding(
                finding.matchedText(),
                fieldId,
                finding.sentence(),
                finding.suggestionKey(),
                fingerprint);
      } else {
        argument =
            Argument.Finding.deferred(
                finding.matchedText(),
                fieldId,
                finding.sentence(),
                finding.suggestionKey(),
                () -> LanguageFinding.fingerprint(fieldId, finding));
      }
      findings.add("finding", Subject.textSpan(fieldId, finding.start(), finding.end()), argument);
    }
  }

  /** The fingerprints of the findings kept on purpose, and the fields they are in. */
  private static final class Kept {
    private final Set<String> fingerprints = new HashSet<>();
    private final Set<String> fields = new HashSet<>();

    Kept(List<LanguageOverride> overrides) {
      for (LanguageOverride override : overrides) {
        String fingerprint = override.fingerprint();
        fingerprints.add(fingerprint);
        // fieldId:category:hash; the field id may hold colons itself, the other two parts do not.
        int hash = fingerprint.lastIndexOf(':');
        int category = hash > 0 ? fingerprint.lastIndexOf(':', hash - 1) : -1;
        if (category > 0) {
          fields.add(fingerprint.substring(0, category));
        }
      }
    }
  }

  /**
   * One evaluation's scans and fingerprint hashes. Phrase-dense postmortems repeat texts (the same
   * success measure on every item) and sentences (templated item summaries, the same line in
   * several sections); scanning or hashing each repeat again was most of the rule's cost on them
   * (issue 9). A text's findings do not depend on its field, only the fingerprint does.
   */
  private static final class Scans {
    /** Item texts repeat; a long one is not worth hashing to look it up. */
    private static final int LONGEST_REMEMBERED = 2_000;

    private final Map<String, BlamelessLanguageScanner> scanners;
    private final List<String> configured;

    /** The languages of the narrative as a whole; item texts follow it. */
    private List<String> documentLanguages;

    /** Item texts' findings; their languages depend only on the text and the narrative. */
    private final Map<String, List<LanguageFinding>> byItemText = new HashMap<>();

    private final Map<Identity, String> hashes = new HashMap<>();
    private final WordTable words = new WordTable();

    Scans(Map<String, BlamelessLanguageScanner> scanners, List<String> configured) {
      this.scanners = scanners;
      this.configured = configured;
    }

    /** The findings in an item's summary or success measure. */
    List<LanguageFinding> itemText(String text) {
      if (text.isBlank()) {
        return List.of();
      }
      if (text.length() > LONGEST_REMEMBERED) {
        return scan(text, TextLanguage.ofShortText(text, configured, documentLanguages));
      }
      List<LanguageFinding> known = byItemText.get(text);
      if (known == null) {
        known = scan(text, TextLanguage.ofShortText(text, configured, documentLanguages));
        byItemText.put(text, known);
      }
      return known;
    }

    List<LanguageFinding> scan(String text, List<String> languages) {
      List<BlamelessLanguageScanner> chosen = new ArrayList<>(languages.size());
      for (String language : languages) {
        chosen.add(scanners.get(language));
      }
      return BlamelessLanguageScanner.scan(text, chosen, words);
    }

    String identityHash(LanguageFinding finding) {
      return hashes.computeIfAbsent(
          new Identity(finding.category(), finding.matchedText(), finding.sentence()),
          identity -> LanguageFinding.identityHash(finding));
    }
  }

  /** What a fingerprint's hash depends on besides the field. */
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
