package com.atlassian.jira.issue.label;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged): one label on an
 * issue, as {@code Issue#getLabels()} returns it.
 *
 * <p>Source: Jira's {@code com.atlassian.jira.issue.label.Label} as imported by Jira's
 * LabelsClauseQueryFactory and MockIssue; only the member the plugin reads. See
 * atlassian-stand-ins/SOURCES.md.
 */
public class Label {
  private final Long id;
  private final Long issue;
  private final String label;

  public Label(Long id, Long issue, String label) {
    this.id = id;
    this.issue = issue;
    this.label = label;
  }

  public Long getId() {
    return id;
  }

  public Long getIssue() {
    return issue;
  }

  public String getLabel() {
    return label;
  }
}
