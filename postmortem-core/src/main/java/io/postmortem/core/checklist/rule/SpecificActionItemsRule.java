package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.text;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Items are specific: not "be more careful", not "make the team smarter", not "investigate" with
 * nothing to deliver, not "improve X" without saying how improvement is measured. Good items change
 * the system (alerts, runbooks, automation). One violation per item, naming the first sign found.
 */
public final class SpecificActionItemsRule extends Rule {

  public static final String ID = "specific-action-items";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.WARN,
          List.of(SettingsSchema.LANGUAGES, SettingsSchema.VAGUE_PHRASES),
          "vague-phrase",
          "bare-verb",
          "improve-without-measure");

  public SpecificActionItemsRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    for (String language : settings.languages()) {
      phrases.put(language, VaguePhrases.phrases(language, settings.extraVaguePhrases(language)));
    }
    for (ActionItem item : postmortem.actionItems()) {
      checkItem(item, phrases, findings);
    }
  }

  private static void checkItem(
      ActionItem item, Map<String, List<String>> phrases, Findings findings) {
    String summary = VaguePhrases.lower(item.summary());
    Subject subject = Subject.actionItem(item.key());
    for (Map.Entry<String, List<String>> language : phrases.entrySet()) {
      for (String phrase : language.getValue()) {
        if (VaguePhrases.containsWord(summary, phrase)) {
          findings.add(
              "vague-phrase", subject, issue(item.key()), text(item.summary()), text(phrase));
          return;
        }
      }
      String bare = VaguePhrases.bareVerb(language.getKey(), summary);
      if (bare != null) {
        findings.add("bare-verb", subject, issue(item.key()), text(item.summary()), text(bare));
        return;
      }
      String improve = VaguePhrases.improveVerb(language.getKey(), summary);
      if (improve != null && item.successMeasure().isBlank()) {
        findings.add(
            "improve-without-measure",
            subject,
            issue(item.key()),
            text(item.summary()),
            text(improve));
        return;
      }
    }
  }
}
