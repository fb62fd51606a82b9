package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.jira.application.checklist.MessageText;
import io.postmortem.jira.storage.DueDateProposal;
import io.postmortem.jira.storage.OwnershipStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counter-proposals on a postmortem's items that wait for its owner's answer: the items are the
 * postmortem's sub-tasks and linked issues (two link reads), their open proposals come from one
 * storage query, their proposers' names from one lookup per person, whatever the number of items.
 */
@Named
public class OpenProposals {

  private final IssueLinkManager links;
  private final OwnershipStore ownership;

  @Inject
  public OpenProposals(@ComponentImport IssueLinkManager links, OwnershipStore ownership) {
    this.links = links;
    this.ownership = ownership;
  }

  /** Oldest first, so the owner answers them in the order they came; written for {@code text}. */
  public List<AnswerRow> of(Issue postmortem, MessageText text) {
    Map<Long, String> keyById = itemKeys(postmortem);
    if (keyById.isEmpty()) {
      return List.of();
    }
    List<DueDateProposal> open = new ArrayList<>();
    ownership.openProposals(keyById.keySet()).values().forEach(open::addAll);
    open.sort(Comparator.comparing(DueDateProposal::createdAt));
    return open.stream()
        .map(
            p ->
                new AnswerRow(
                    String.valueOf(p.id()),
                    keyById.get(p.issueId()),
                    text.day(p.proposedDue()),
                    p.comment(),
                    text.user(p.userKey())))
        .toList();
  }

  private Map<Long, String> itemKeys(Issue postmortem) {
    Map<Long, String> keys = new HashMap<>();
    if (postmortem.getSubTaskObjects() != null) {
      postmortem.getSubTaskObjects().forEach(i -> keys.put(i.getId(), i.getKey()));
    }
    for (IssueLink link : nonNull(links.getOutwardLinks(postmortem.getId()))) {
      Issue item = link.getDestinationObject();
      if (item != null) {
        keys.putIfAbsent(item.getId(), item.getKey());
      }
    }
    for (IssueLink link : nonNull(links.getInwardLinks(postmortem.getId()))) {
      Issue item = link.getSourceObject();
      if (item != null) {
        keys.putIfAbsent(item.getId(), item.getKey());
      }
    }
    return keys;
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list;
  }
}
