package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;

/**
 * The postmortem owner's answer to a counter-proposal. Accepting records the proposer's ownership
 * confirmation at the proposed date, because the date is the one the assignee offered to commit to;
 * declining closes the proposal so the item goes back to waiting for its assignee. Each answer
 * re-reads the proposal inside its transaction, so a proposal is answered once even when two
 * requests race on different nodes.
 */
@Named
public final class ProposalAnswers {

  private final ActiveObjects ao;
  private final OwnershipStore ownership;

  @Inject
  public ProposalAnswers(@ComponentImport ActiveObjects ao, OwnershipStore ownership) {
    this.ao = ao;
    this.ownership = ownership;
  }

  /** The proposal with {@code id} while it waits for an answer; empty once answered or gone. */
  public Optional<DueDateProposal> open(long id) {
    return openRow(id).map(OwnershipStore::toProposal);
  }

  /**
   * Accepts the open proposal: it becomes the proposer's confirmation at the proposed date. Empty
   * when the proposal was answered, superseded or deleted meanwhile.
   */
  public Optional<OwnershipConfirmation> accept(long id, Instant at) {
    // One transaction for the answer and the confirmation, retried like every confirmation when a
    // concurrent writer took the item's unique key first.
    return UniqueKeys.retryOnDuplicate(
        () ->
            ao.executeInTransaction(
                () ->
                    openRow(id)
                        .map(
                            row -> {
                              row.setStatus(DueDateProposal.Status.ACCEPTED.name());
                              row.setOpenKey(OwnershipStore.supersededKey(row.getID()));
                              row.save();
                              return ownership.confirmOnce(
                                  row.getIssueId(),
                                  row.getUserKey(),
                                  Dates.parse(row.getProposedDue()),
                                  at);
                            })));
  }

  /** Declines the open proposal; false when it was answered, superseded or deleted meanwhile. */
  public boolean decline(long id) {
    return ao.executeInTransaction(
        () ->
            openRow(id)
                .map(
                    row -> {
                      row.setStatus(DueDateProposal.Status.DECLINED.name());
                      row.setOpenKey(OwnershipStore.supersededKey(row.getID()));
                      row.save();
                      return true;
                    })
                .orElse(false));
  }

  private Optional<DueProposalEntity> openRow(long id) {
    DueProposalEntity row =
        id > Integer.MAX_VALUE ? null : ao.get(DueProposalEntity.class, (int) id);
    return Optional.ofNullable(row)
        .filter(r -> DueDateProposal.Status.OPEN.name().equals(r.getStatus()));
  }
}
