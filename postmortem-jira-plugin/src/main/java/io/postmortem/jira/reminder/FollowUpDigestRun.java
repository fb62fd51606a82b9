package io.postmortem.jira.reminder;

import com.atlassian.jira.issue.Issue;
import com.atlassian.query.Query;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.core.remediation.DateProposal;
import io.postmortem.core.remediation.DigestPlanner;
import io.postmortem.core.remediation.OpenRemediationItem;
import io.postmortem.core.remediation.RemediationClassifier;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.JqlText;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.RemediationScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Postmortem owners' digests: pages through postmortems (open or closed) sorted by assignee, and
 * for each owner's postmortems on the page pages through their open items, listing unconfirmed
 * owners (after the configured business days) and unanswered date proposals, and before them each
 * postmortem's risk acceptance that is about to expire (one store read per page of postmortems).
 * Memory holds one page of postmortems, one page of items and one capped digest.
 */
final class FollowUpDigestRun {
  private final IssueSearch search;
  private final OpenItemReader reader;
  private final RemediationScope scope;
  private final DateProposals proposals;
  private final PostmortemRisks risks;
  private final DigestSender sender;
  private final DigestMailer mailer;

  FollowUpDigestRun(
      IssueSearch search,
      OpenItemReader reader,
      RemediationScope scope,
      DateProposals proposals,
      PostmortemRisks risks,
      DigestSender sender,
      DigestMailer mailer) {
    this.search = search;
    this.reader = reader;
    this.scope = scope;
    this.proposals = proposals;
    this.risks = risks;
    this.sender = sender;
    this.mailer = mailer;
  }

  DigestTally run(LocalDate today, DigestPlanner planner, RemediationClassifier classifier) {
    Query postmortems =
        search.parse(
            null,
            "("
                + scope.postmortemClause()
                + ") AND assignee is not EMPTY ORDER BY assignee ASC, key ASC");
    DigestOutbox<FollowUpLine> outbox = new DigestOutbox<>(sender, today, mailer::followUpDigest);
    JobPages.forEach(
        search,
        postmortems,
        page -> {
          Map<Long, List<RiskAcceptance>> accepted =
              risks.of(page.stream().map(Issue::getId).toList());
          for (List<Issue> group : byOwner(page)) {
            String owner = group.get(0).getAssigneeId();
            for (Issue postmortem : group) {
              planner
                  .riskExpiring(accepted.getOrDefault(postmortem.getId(), List.of()), today)
                  .ifPresent(
                      on ->
                          outbox.add(
                              owner,
                              new DigestLine<>(
                                  FollowUpLine.riskExpiring(postmortem, on), postmortem)));
            }
            forEachOpenItem(group, today, planner, classifier, line -> outbox.add(owner, line));
          }
        });
    return outbox.finish();
  }

  private void forEachOpenItem(
      List<Issue> postmortemsOfOneOwner,
      LocalDate today,
      DigestPlanner planner,
      RemediationClassifier classifier,
      java.util.function.Consumer<DigestLine<FollowUpLine>> sink) {
    Query items = search.parse(null, itemsOf(postmortemsOfOneOwner));
    JobPages.forEach(
        search,
        items,
        page -> {
          List<OpenRemediationItem> open = reader.read(null, page);
          Map<Long, DateProposal> pending =
              open.isEmpty()
                  ? Map.of()
                  : proposals.pending(open.stream().map(OpenRemediationItem::issueId).toList());
          Iterator<Issue> issues = page.iterator();
          for (OpenRemediationItem item : open) {
            Issue issue = issues.next();
            planner
                .followUp(classifier.assess(item, today), pending.get(item.issueId()), today)
                .ifPresent(
                    followUp -> sink.accept(new DigestLine<>(FollowUpLine.of(followUp), issue)));
          }
        });
  }

  private String itemsOf(List<Issue> postmortems) {
    String keys =
        postmortems.stream()
            .map(pm -> JqlText.quote(pm.getKey()))
            .collect(Collectors.joining(", "));
    String linked =
        postmortems.stream()
            .map(pm -> " OR issue in linkedIssues(" + JqlText.quote(pm.getKey()) + ")")
            .collect(Collectors.joining());
    return scope.openItemClause()
        + " AND (parent in ("
        + keys
        + ")"
        + linked
        + ") ORDER BY key ASC";
  }

  /** Consecutive postmortems with the same owner; the search sorts by owner. */
  private static List<List<Issue>> byOwner(List<Issue> postmortems) {
    List<List<Issue>> groups = new ArrayList<>();
    for (Issue postmortem : postmortems) {
      if (postmortem.getAssigneeId() == null) {
        continue;
      }
      List<Issue> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && Objects.equals(last.get(0).getAssigneeId(), postmortem.getAssigneeId())) {
        last.add(postmortem);
      } else {
        groups.add(new ArrayList<>(List.of(postmortem)));
      }
    }
    return groups;
  }
}
