package io.postmortem.jira.automation;

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
import java.util.Set;

/**
 * Hears Jira's issue events and hands every resolution to {@link AutomaticPostmortem}. Resolving
 * may publish "resolved", "closed" or a workflow's generic event, so all three are passed on; what
 * counts is that the issue now has a resolution date.
 *
 * <p>Data Center: Jira publishes an issue event only on the node that made the change, and the
 * claim in the shared database makes the creation happen once even if an event reaches two nodes.
 */
@Named
public class AutomaticPostmortemListener {

  private static final Set<Long> RESOLVING =
      Set.of(
          EventType.ISSUE_RESOLVED_ID, EventType.ISSUE_CLOSED_ID, EventType.ISSUE_GENERICEVENT_ID);

  private final EventPublisher events;
  private final AutomaticPostmortem automatic;

  @Inject
  public AutomaticPostmortemListener(
      @ComponentImport EventPublisher events, AutomaticPostmortem automatic) {
    this.events = events;
    this.automatic = automatic;
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
    Issue issue = event.getIssue();
    if (!RESOLVING.contains(event.getEventTypeId())
        || issue == null
        || issue.getId() == null
        || issue.getResolutionDate() == null) {
      return;
    }
    automatic.resolved(issue, event.getUser());
  }
}
