package io.postmortem.jira.setup;

import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * The statuses of the Postmortem workflow, each with its placeholder in the shipped descriptor and
 * its Jira status category (Published and Cancelled are "done", so Jira, JQL and the wiring check
 * treat them as finished).
 */
enum WorkflowStatus {
  DRAFT(StatusCategory.TO_DO),
  IN_REVIEW(StatusCategory.IN_PROGRESS),
  PUBLISHED(StatusCategory.COMPLETE),
  CANCELLED(StatusCategory.COMPLETE);

  private final String categoryKey;

  WorkflowStatus(String categoryKey) {
    this.categoryKey = categoryKey;
  }

  String categoryKey() {
    return categoryKey;
  }

  String placeholder() {
    return "@" + name() + "@";
  }

  /** The i18n key of the status name; ".description" adds its description. */
  String nameKey() {
    return "postmortem.setup.project.status." + name();
  }
}
