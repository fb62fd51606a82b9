package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class SettingsSchemaTest {

  @Test
  public void everySettingIsReadBySomeRule() {
    List<String> unread = new ArrayList<>();
    for (Setting setting : SettingsSchema.ALL) {
      boolean read =
          StandardChecklist.descriptors().stream().anyMatch(d -> d.settings().contains(setting));
      if (!read) {
        unread.add(setting.key());
      }
    }

    assertEquals(List.of(), unread);
  }

  @Test
  public void findsTheDeclarationOfAKeyAndOfAFamilyMember() {
    assertEquals(Optional.of(SettingsSchema.MAX_ITEMS), SettingsSchema.find("items.max"));
    assertEquals(Optional.of(SettingsSchema.SEVERITY), SettingsSchema.find("severity.timeline"));
    assertEquals(
        Optional.of(SettingsSchema.DUE_DAYS), SettingsSchema.find("due.days.SEV_1.HIGH.*"));
    assertEquals(Optional.empty(), SettingsSchema.find("items.maximum"));
    assertEquals(Optional.empty(), SettingsSchema.find("severity."));
  }

  @Test
  public void everyDefaultParsesWithoutErrorIntoTheDefaults() {
    Map<String, String> raw = new java.util.LinkedHashMap<>();
    for (Setting setting : SettingsSchema.ALL) {
      if (!setting.isFamily() && !setting.defaultValue().isEmpty()) {
        raw.put(setting.key(), setting.defaultValue());
      }
    }

    ParsedSettings parsed = ChecklistSettings.parse(raw);

    assertEquals(List.of(), parsed.errors());
    ChecklistSettings defaults = ChecklistSettings.defaults();
    ChecklistSettings explicit = parsed.settings();
    assertEquals(defaults.maxActionItems(), explicit.maxActionItems());
    assertEquals(defaults.requiredSections(), explicit.requiredSections());
    assertEquals(defaults.requiredTimelineKinds(), explicit.requiredTimelineKinds());
    assertEquals(defaults.placeholders(), explicit.placeholders());
    assertEquals(defaults.zone(), explicit.zone());
    assertEquals(defaults.reportOverdueItems(), explicit.reportOverdueItems());
  }

  @Test
  public void aFamilyMemberIsLabelledByTheWordThatNamesIt() {
    assertEquals(
        "postmortem.projectsettings.field.blame.de",
        SettingsSchema.BLAME_PHRASES.labelKeyOf("language.phrases.de"));
    assertEquals(
        "postmortem.workflow.rule.timeline",
        SettingsSchema.SEVERITY.labelKeyOf("severity.timeline"));
  }

  @Test
  public void everyRuleReadsItsOwnSeverityFirst() {
    for (RuleDescriptor rule : StandardChecklist.descriptors()) {
      assertEquals(rule.id(), SettingsSchema.SEVERITY, rule.settings().get(0));
      assertEquals(rule.settings(), SettingsSchema.readBy(rule.id()));
    }
  }

  @Test
  public void aRuleNamesOnlyTheMessagesItDeclares() {
    RuleDescriptor rule = StandardChecklist.descriptors().get(0);

    assertTrue(rule.messageKeys().get(0).startsWith("postmortem.rule." + rule.id() + "."));
    assertFalse(rule.messages().contains("no-such-message"));
    try {
      rule.messageKey("no-such-message");
      throw new AssertionError("an undeclared message was accepted");
    } catch (IllegalArgumentException expected) {
      assertTrue(expected.getMessage().contains("no-such-message"));
    }
  }

  @Test
  public void aRulePageIsPublishedUnderItsId() {
    RuleDescriptor timeline =
        StandardChecklist.descriptors().stream()
            .filter(d -> d.id().equals("timeline"))
            .findFirst()
            .orElseThrow();

    assertEquals("docs/rules/timeline.md", timeline.docPage());
    assertTrue(timeline.docUrl().endsWith("/docs/rules/timeline.md"));
  }
}
