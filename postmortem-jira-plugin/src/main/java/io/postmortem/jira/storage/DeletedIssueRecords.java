package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Purges our rows of an issue when Jira deletes it, so no confirmation, proposal, acceptance,
 * timeline event or kept phrase outlives its issue: orphans would take places in the bounded {@code
 * confirmedRemediationItems()} query and grow the tables forever.
 *
 * <p>Data Center: Jira publishes the event only on the node that deleted the issue, and the
 * database is shared, so one purge there is enough. Reminder rows are keyed by user, not issue.
 */
@Named
public class DeletedIssueRecords {

  private static final List<Class<? extends RawEntity<Integer>>> KEYED_BY_ISSUE =
      List.of(
          OwnershipEntity.class,
          DueProposalEntity.class,
          RiskAcceptanceEntity.class,
          TimelineEventEntity.class,
          LanguageOverrideEntity.class,
          RecurrenceEntity.class);

  private final EventPublisher events;
  private final ActiveObjects ao;

  @Inject
  public DeletedIssueRecords(
      @ComponentImport EventPublisher events, @ComponentImport ActiveObjects ao) {
    this.events = events;
    this.ao = ao;
  }

  /** Spring 6 in Jira 11 honours jakarta.annotation lifecycle methods, not javax ones. */
  @PostConstruct
  public void subscribe() {
    events.register(this);
  }

  @PreDestroy
  public void unsubscribe() {
    events.unregister(this);
  }

  @EventListener
  public void onIssueEvent(IssueEvent event) {
    if (!EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
      return;
    }
    Issue issue = event.getIssue();
    if (issue == null || issue.getId() == null) {
      return;
    }
    long issueId = issue.getId();
    ao.executeInTransaction(
        () -> {
          for (Class<? extends RawEntity<Integer>> table : KEYED_BY_ISSUE) {
            ao.deleteWithSQL(table, "ISSUE_ID = ?", issueId);
          }
          // A deleted earlier incident is no longer a suggestion to any postmortem.
          ao.deleteWithSQL(RecurrenceEntity.class, "CANDIDATE_ID = ?", issueId);
          return null;
        });
  }
}
