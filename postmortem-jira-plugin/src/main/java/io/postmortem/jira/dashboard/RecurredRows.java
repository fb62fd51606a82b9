package io.postmortem.jira.dashboard;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import io.postmortem.core.recurrence.RecurredItems.Recurrence;
import io.postmortem.core.remediation.OpenRemediationItem;
import io.postmortem.jira.application.recurrence.RecurredPostmortems;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of the "Recurred" view: done items whose postmortem's incident happened again. Each
 * names the later postmortem that recognised the recurrence when the viewer may browse it (one
 * search for the page), else the row says only "a later incident".
 */
final class RecurredRows {
  private final RecurredPostmortems recurrences;
  private final RecurredPostmortems.Found found;
  private final ZoneId zone;
  private final LocalDate today;

  RecurredRows(
      RecurredPostmortems recurrences,
      RecurredPostmortems.Found found,
      ZoneId zone,
      LocalDate today) {
    this.recurrences = recurrences;
    this.found = found;
    this.zone = zone;
    this.today = today;
  }

  List<RemediationItemsPage.Item> rows(
      ApplicationUser viewer, List<OpenRemediationItem> items, Map<Long, String> ownerNames) {
    List<Long> later =
        items.stream()
            .map(this::recurrenceOf)
            .filter(Objects::nonNull)
            .map(Recurrence::laterPostmortemId)
            .distinct()
            .toList();
    Map<Long, Issue> visible = recurrences.visibleLater(viewer, later);
    return items.stream().map(item -> row(item, visible, ownerNames.get(item.issueId()))).toList();
  }

  private Recurrence recurrenceOf(OpenRemediationItem item) {
    return item.postmortemKey() == null ? null : found.ofPostmortem(item.postmortemKey());
  }

  private RemediationItemsPage.Item row(
      OpenRemediationItem open, Map<Long, Issue> visible, String ownerName) {
    Recurrence recurrence = recurrenceOf(open);
    Issue later = recurrence == null ? null : visible.get(recurrence.laterPostmortemId());
    LocalDate created =
        open.item().createdAt() == null
            ? today
            : open.item().createdAt().atZone(zone).toLocalDate();
    return RemediationItemsPage.Item.of(
        open,
        ownerName,
        List.of(RemediationItemsService.RECURRED),
        RemediationItemsService.RECURRED,
        Math.max(0, ChronoUnit.DAYS.between(created, today)),
        null,
        true,
        later == null ? null : later.getKey() + " " + later.getSummary());
  }
}
