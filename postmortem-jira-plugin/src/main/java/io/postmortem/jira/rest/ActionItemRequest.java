package io.postmortem.jira.rest;

/**
 * Body of {@code POST postmortems/{key}/action-items}.
 *
 * @param summary what is to be done; required, at most {@link RequestFields#SHORT_MAX}
 * @param project key of the project to create it in: the postmortem's own (a sub-task) or another
 *     team's (a linked issue); the caller must be allowed to create issues there
 * @param assignee user name of the owner, assignable in that project; empty for unassigned
 * @param priority id of a Jira priority
 * @param horizon SHORT_TERM or LONG_TERM
 * @param dueDate ISO yyyy-MM-dd from today to the latest date the limit allows; empty for that date
 * @param successMeasure how success will be measured; required, at most {@link
 *     RequestFields#TEXT_MAX}
 */
public record ActionItemRequest(
    String summary,
    String project,
    String assignee,
    String priority,
    String horizon,
    String dueDate,
    String successMeasure) {}
