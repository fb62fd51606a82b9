package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.TimelineEvent;
import io.postmortem.core.postmortem.TimelineEventKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Timeline events of postmortems. Every change names the postmortem as well as the event id, so an
 * editor of one postmortem cannot reach another's events by guessing ids.
 */
@Named
public final class TimelineStore {

  private static final int IN_CHUNK = 500;

  private final ActiveObjects ao;

  @Inject
  public TimelineStore(@ComponentImport ActiveObjects ao) {
    this.ao = ao;
  }

  /** Events of the postmortem in time order (ties in the order they were added). */
  public List<TimelineEvent> forPostmortem(long issueId) {
    return Arrays.stream(
            ao.find(
                TimelineEventEntity.class,
                Query.select().where("ISSUE_ID = ?", issueId).order("AT_MILLIS, ID")))
        .map(TimelineStore::toEvent)
        .toList();
  }

  /**
   * Events of many postmortems at once, for reports: one query per 500 postmortems (the IN list
   * stays within every database's parameter limit), each list in time order.
   */
  public Map<Long, List<TimelineEvent>> forPostmortems(Collection<Long> issueIds) {
    Map<Long, List<TimelineEvent>> events = new HashMap<>();
    List<Long> ids = List.copyOf(issueIds);
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      for (TimelineEventEntity row :
          ao.find(
              TimelineEventEntity.class,
              Query.select()
                  .where("ISSUE_ID IN (" + marks + ")", chunk.toArray())
                  .order("AT_MILLIS, ID"))) {
        events.computeIfAbsent(row.getIssueId(), id -> new ArrayList<>()).add(toEvent(row));
      }
    }
    return events;
  }

  public TimelineEvent add(long issueId, TimelineEvent event, String authorKey) {
    return ao.executeInTransaction(
        () ->
            toEvent(
                ao.create(
                    TimelineEventEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("AT_MILLIS", event.at().toEpochMilli()),
                    new DBParam("KIND", event.kind().name()),
                    new DBParam("TEXT", event.text()),
                    new DBParam("SOURCE_URL", event.sourceUrl()),
                    new DBParam("AUTHOR_KEY", authorKey))));
  }

  /** Replaces the event's content; empty when the postmortem has no event with that id. */
  public Optional<TimelineEvent> update(long issueId, long eventId, TimelineEvent event) {
    return ao.executeInTransaction(
        () ->
            find(issueId, eventId)
                .map(
                    row -> {
                      row.setAtMillis(event.at().toEpochMilli());
                      row.setKind(event.kind().name());
                      row.setText(event.text());
                      row.setSourceUrl(event.sourceUrl());
                      row.save();
                      return toEvent(row);
                    }));
  }

  /** Deletes the event; false when the postmortem has no event with that id. */
  public boolean delete(long issueId, long eventId) {
    return ao.executeInTransaction(
        () ->
            find(issueId, eventId)
                .map(
                    row -> {
                      ao.delete(row);
                      return true;
                    })
                .orElse(false));
  }

  private Optional<TimelineEventEntity> find(long issueId, long eventId) {
    if (eventId < 1 || eventId > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    TimelineEventEntity row = ao.get(TimelineEventEntity.class, (int) eventId);
    return row != null && row.getIssueId() == issueId ? Optional.of(row) : Optional.empty();
  }

  private static TimelineEvent toEvent(TimelineEventEntity row) {
    return new TimelineEvent(
        (long) row.getID(),
        Instant.ofEpochMilli(row.getAtMillis()),
        kindOf(row.getKind()),
        row.getText(),
        row.getSourceUrl());
  }

  /** A kind written by a newer version reads as OTHER instead of breaking the timeline. */
  private static TimelineEventKind kindOf(String name) {
    try {
      return TimelineEventKind.valueOf(name);
    } catch (IllegalArgumentException | NullPointerException e) {
      return TimelineEventKind.OTHER;
    }
  }
}
