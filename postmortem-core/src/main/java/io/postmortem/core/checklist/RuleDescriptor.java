package io.postmortem.core.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about a rule besides its judgement, in one place (as error-prone's
 * {@code @BugPattern}): its id, its default severity, the settings it reads, its messages and its
 * page. The forms, the checklist panel's links and the documentation tests read it from here.
 *
 * @param id stable kebab-case id, persisted in workflow XML
 * @param defaultSeverity severity when the admin chose none
 * @param settings the settings it reads, its own severity first
 * @param messages the last part of each message key, e.g. {@code too-few} for {@code
 *     postmortem.rule.action-item-count.too-few}
 */
public record RuleDescriptor(
    String id, RuleSeverity defaultSeverity, List<Setting> settings, List<String> messages) {

  /** Where the rule pages are published: this project's docs/rules on its main branch. */
  public static final String DOCS_BASE_URL =
      "https://github.com/postmortem-io/blameless-postmortems-for-jira/blob/main/";

  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    List<Setting> all = new ArrayList<>();
    all.add(SettingsSchema.SEVERITY);
    settings.stream().filter(s -> !s.equals(SettingsSchema.SEVERITY)).forEach(all::add);
    settings = List.copyOf(all);
    messages = List.copyOf(messages);
  }

  /** A rule reading {@code settings}, with the messages it may report. */
  public static RuleDescriptor of(
      String id, RuleSeverity defaultSeverity, List<Setting> settings, String... messages) {
    return new RuleDescriptor(id, defaultSeverity, settings, List.of(messages));
  }

  /** The full key of one of its messages; a message it does not declare is a programming error. */
  public String messageKey(String message) {
    if (!messages.contains(message)) {
      throw new IllegalArgumentException(id + " declares no message " + message);
    }
    return "postmortem.rule." + id + "." + message;
  }

  /** Every full message key, in declaration order. */
  public List<String> messageKeys() {
    return messages.stream().map(this::messageKey).toList();
  }

  /** The key that sets its severity, e.g. {@code severity.timeline}. */
  public String severityKey() {
    return SettingsSchema.severityKey(id);
  }

  /** The i18n key of its display name. */
  public String nameKey() {
    return SettingsSchema.SEVERITY.labelKeyOf(severityKey());
  }

  /** Its page in the project, e.g. {@code docs/rules/timeline.md}. */
  public String docPage() {
    return "docs/rules/" + id + ".md";
  }

  /** Where its page is published. */
  public String docUrl() {
    return DOCS_BASE_URL + docPage();
  }
}
