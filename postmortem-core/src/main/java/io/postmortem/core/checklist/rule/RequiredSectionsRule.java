package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.choice;
import static io.postmortem.core.checklist.Argument.text;

import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.TextField;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.SectionKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The configured narrative sections (default: all six) are written, not left empty or at the
 * template's placeholder text. Arguments: the section, and for {@code placeholder} the placeholder
 * text found.
 */
public final class RequiredSectionsRule extends Rule {

  public static final String ID = "required-sections";

  public static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          ID,
          RuleSeverity.BLOCK,
          List.of(SettingsSchema.REQUIRED_SECTIONS, SettingsSchema.PLACEHOLDERS),
          "empty",
          "placeholder");

  public RequiredSectionsRule() {
    super(DESCRIPTOR);
  }

  @Override
  void check(
      Postmortem postmortem, ChecklistSettings settings, LocalDate today, Findings findings) {
    Placeholders placeholders = new Placeholders(settings.placeholders());
    for (SectionKind kind : settings.requiredSections()) {
      String text = postmortem.section(kind);
      Subject subject = Subject.textSpan(TextField.section(kind), 0, text.length());
      if (text.isBlank()) {
        findings.add("empty", subject, choice(kind));
      } else if (placeholders.isEmptyOrPlaceholder(text)) {
        findings.add(
            "placeholder", subject, choice(kind), text(placeholders.firstPlaceholderIn(text)));
      }
    }
  }
}
