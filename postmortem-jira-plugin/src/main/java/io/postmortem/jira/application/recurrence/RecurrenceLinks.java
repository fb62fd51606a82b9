package io.postmortem.jira.application.recurrence;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links the incidents a postmortem reviews to an earlier issue the author called related, with the
 * Recurrence link type ("is a recurrence of"), so Jira's own link views, JQL {@code linkedIssues()}
 * and the earlier items' owners all see it.
 */
@Named
public class RecurrenceLinks {
  private static final Logger LOG = LoggerFactory.getLogger(RecurrenceLinks.class);

  private final IssueLinkManager links;
  private final RecurrenceLinkType linkType;

  @Inject
  public RecurrenceLinks(@ComponentImport IssueLinkManager links, RecurrenceLinkType linkType) {
    this.links = links;
    this.linkType = linkType;
  }

  /**
   * Links each of {@code recurring} to {@code earlier}, once; false when the link type is not set
   * up (the verdict still counts) or Jira refused.
   */
  public boolean link(List<Issue> recurring, Issue earlier, ApplicationUser user) {
    Long typeId = linkType.id();
    if (typeId == null) {
      return false;
    }
    try {
      for (Issue issue : recurring) {
        if (!linked(issue, earlier, typeId)) {
          links.createIssueLink(issue.getId(), earlier.getId(), typeId, null, user);
        }
      }
      return true;
    } catch (CreateException e) {
      LOG.warn("Could not link {} as a recurrence of {}", recurring, earlier.getKey(), e);
      return false;
    }
  }

  private boolean linked(Issue issue, Issue earlier, Long typeId) {
    List<IssueLink> outward = links.getOutwardLinks(issue.getId());
    return outward != null
        && outward.stream()
            .anyMatch(
                link ->
                    typeId.equals(link.getLinkTypeId())
                        && Objects.equals(earlier.getId(), link.getDestinationId()));
  }
}
