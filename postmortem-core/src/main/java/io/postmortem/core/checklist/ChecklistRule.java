package io.postmortem.core.checklist;

import io.postmortem.core.postmortem.Postmortem;
import java.time.LocalDate;
import java.util.List;

/**
 * One rule of the practice. A rule returns every violation it finds, never throws for a failed
 * check, never reads Jira and never formats text.
 */
public interface ChecklistRule {

  /** Its id, default severity, settings, messages and page. */
  RuleDescriptor descriptor();

  /** Stable kebab-case id; persisted in workflow XML and documented in docs/rules/&lt;id&gt;.md. */
  default String id() {
    return descriptor().id();
  }

  /** Severity when the admin did not choose one. */
  default RuleSeverity defaultSeverity() {
    return descriptor().defaultSeverity();
  }

  /**
   * The violations of {@code postmortem}, each carrying {@code severity}.
   *
   * @param today the date to judge expiry and deadlines by (time is an input)
   */
  List<Violation> check(
      Postmortem postmortem, ChecklistSettings settings, RuleSeverity severity, LocalDate today);
}
