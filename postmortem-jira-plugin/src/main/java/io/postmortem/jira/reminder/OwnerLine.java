package io.postmortem.jira.reminder;

import io.postmortem.core.remediation.ItemAssessment;
import java.time.Instant;

/**
 * A line of an item owner's digest: an open item due soon or overdue, or a done item whose incident
 * a later postmortem marked as the same failure ({@code recurredAt} set).
 *
 * @param assessment the item as the classifier judges it
 * @param recurredAt when the recurrence was recognised, or null for a due or overdue item
 */
record OwnerLine(ItemAssessment assessment, Instant recurredAt) {}
