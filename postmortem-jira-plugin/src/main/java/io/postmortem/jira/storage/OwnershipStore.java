package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.OwnershipConfirmation;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Ownership confirmations and due-date counter-proposals of action items. */
@Named
public final class OwnershipStore {

  private final ActiveObjects ao;

  @Inject
  public OwnershipStore(@ComponentImport ActiveObjects ao) {
    this.ao = ao;
  }

  /** Current confirmations by action item issue id; items without one are absent. */
  public Map<Long, OwnershipConfirmation> confirmations(Collection<Long> issueIds) {
    Map<Long, OwnershipConfirmation> byIssue = new HashMap<>();
    for (List<Long> chunk : IdChunks.of(issueIds)) {
      for (OwnershipEntity row :
          ao.find(
              OwnershipEntity.class,
              Query.select().where(IdChunks.inClause("ISSUE_ID", chunk), chunk.toArray()))) {
        byIssue.put(row.getIssueId(), toConfirmation(row));
      }
    }
    return byIssue;
  }

  /**
   * Records that {@code userKey} owns the item and agrees to {@code agreedDue}; replaces any
   * earlier confirmation and closes the item's open counter-proposals, which this answer settles.
   * The item's unique key makes a concurrent confirmation retry instead of adding a second row.
   *
   * @throws ConcurrentWriteException when other writers won every attempt (nothing stored)
   */
  public OwnershipConfirmation confirm(
      long issueId, String userKey, LocalDate agreedDue, Instant at) {
    return UniqueKeys.retryOnDuplicate(
        () -> ao.executeInTransaction(() -> confirmOnce(issueId, userKey, agreedDue, at)));
  }

  OwnershipConfirmation confirmOnce(long issueId, String userKey, LocalDate agreedDue, Instant at) {
    ao.deleteWithSQL(OwnershipEntity.class, "ISSUE_ID = ?", issueId);
    supersedeOpenProposals(issueId);
    OwnershipEntity row =
        ao.create(
            OwnershipEntity.class,
            new DBParam("ISSUE_ID", issueId),
            new DBParam("USER_KEY", userKey),
            new DBParam("CONFIRMED_AT", Date.from(at)),
            new DBParam("AGREED_DUE", agreedDue == null ? null : agreedDue.toString()));
    return toConfirmation(row);
  }

  /** Removes the item's confirmation; true when there was one. */
  public boolean withdraw(long issueId) {
    return ao.executeInTransaction(
            () -> ao.deleteWithSQL(OwnershipEntity.class, "ISSUE_ID = ?", issueId))
        > 0;
  }

  /**
   * Records a counter-proposal; earlier open proposals of the item are superseded by it. The open
   * key allows one open proposal per item, so concurrent proposals retry instead of both staying
   * open.
   *
   * @throws ConcurrentWriteException when other writers won every attempt (nothing stored)
   */
  public DueDateProposal propose(
      long issueId, String userKey, LocalDate proposedDue, String comment, Instant at) {
    return UniqueKeys.retryOnDuplicate(
        () ->
            ao.executeInTransaction(
                () -> {
                  supersedeOpenProposals(issueId);
                  DueProposalEntity row =
                      ao.create(
                          DueProposalEntity.class,
                          new DBParam("ISSUE_ID", issueId),
                          new DBParam("USER_KEY", userKey),
                          new DBParam("PROPOSED_DUE", proposedDue.toString()),
                          new DBParam("COMMENT", comment == null ? "" : comment),
                          new DBParam("CREATED_AT", Date.from(at)),
                          new DBParam("STATUS", DueDateProposal.Status.OPEN.name()),
                          new DBParam("OPEN_KEY", openKey(issueId)));
                  return toProposal(row);
                }));
  }

  /** The open key of an item's open proposal (schema v2). */
  static String openKey(long issueId) {
    return String.valueOf(issueId);
  }

  /** The open key of a superseded proposal: unique per row, so any number may exist. */
  static String supersededKey(int proposalId) {
    return "superseded-" + proposalId;
  }

  /** Open counter-proposals by action item issue id, oldest first. */
  public Map<Long, List<DueDateProposal>> openProposals(Collection<Long> issueIds) {
    Map<Long, List<DueDateProposal>> byIssue = new HashMap<>();
    for (List<Long> chunk : IdChunks.of(issueIds)) {
      List<Object> params = new ArrayList<>(chunk);
      params.add(DueDateProposal.Status.OPEN.name());
      for (DueProposalEntity row :
          ao.find(
              DueProposalEntity.class,
              Query.select()
                  .where(IdChunks.inClause("ISSUE_ID", chunk) + " AND STATUS = ?", params.toArray())
                  .order("CREATED_AT, ID"))) {
        byIssue.computeIfAbsent(row.getIssueId(), id -> new ArrayList<>()).add(toProposal(row));
      }
    }
    return byIssue;
  }

  private void supersedeOpenProposals(long issueId) {
    for (DueProposalEntity open :
        ao.find(
            DueProposalEntity.class,
            Query.select()
                .where(
                    "ISSUE_ID = ? AND STATUS = ?", issueId, DueDateProposal.Status.OPEN.name()))) {
      open.setStatus(DueDateProposal.Status.SUPERSEDED.name());
      open.setOpenKey(supersededKey(open.getID()));
      open.save();
    }
  }

  private static OwnershipConfirmation toConfirmation(OwnershipEntity row) {
    return new OwnershipConfirmation(
        row.getUserKey(), row.getConfirmedAt().toInstant(), Dates.parse(row.getAgreedDue()));
  }

  static DueDateProposal toProposal(DueProposalEntity row) {
    return new DueDateProposal(
        row.getID(),
        row.getIssueId(),
        row.getUserKey(),
        Dates.parse(row.getProposedDue()),
        row.getComment() == null ? "" : row.getComment(),
        row.getCreatedAt().toInstant(),
        DueDateProposal.Status.valueOf(row.getStatus()));
  }
}
