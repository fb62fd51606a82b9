package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.RiskAcceptance;
import io.postmortem.core.postmortem.RiskWithdrawal;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Risk acceptances of postmortems. Withdrawing one ends it yesterday instead of deleting it, so the
 * decision stays on the record.
 */
@Named
public final class RiskAcceptanceStore {

  private final ActiveObjects ao;

  @Inject
  public RiskAcceptanceStore(@ComponentImport ActiveObjects ao) {
    this.ao = ao;
  }

  /** Acceptances recorded on the postmortem, oldest first. */
  public List<RiskAcceptance> forPostmortem(long issueId) {
    return Arrays.stream(
            ao.find(
                RiskAcceptanceEntity.class,
                Query.select().where("ISSUE_ID = ?", issueId).order("ACCEPTED_AT, ID")))
        .map(RiskAcceptanceStore::toAcceptance)
        .toList();
  }

  /** Acceptances of many postmortems by postmortem issue id, each oldest first. */
  public Map<Long, List<RiskAcceptance>> forPostmortems(Collection<Long> issueIds) {
    Map<Long, List<RiskAcceptance>> byIssue = new HashMap<>();
    for (List<Long> chunk : IdChunks.of(issueIds)) {
      for (RiskAcceptanceEntity row :
          ao.find(
              RiskAcceptanceEntity.class,
              Query.select()
                  .where(IdChunks.inClause("ISSUE_ID", chunk), chunk.toArray())
                  .order("ACCEPTED_AT, ID"))) {
        byIssue.computeIfAbsent(row.getIssueId(), id -> new ArrayList<>()).add(toAcceptance(row));
      }
    }
    return byIssue;
  }

  public RiskAcceptance accept(
      long issueId, String userKey, String reason, LocalDate expiresOn, Instant at) {
    return ao.executeInTransaction(
        () ->
            toAcceptance(
                ao.create(
                    RiskAcceptanceEntity.class,
                    new DBParam("ISSUE_ID", issueId),
                    new DBParam("USER_KEY", userKey),
                    new DBParam("ACCEPTED_AT", Date.from(at)),
                    new DBParam("REASON", reason),
                    new DBParam("EXPIRES_ON", expiresOn.toString()))));
  }

  /** Ends every acceptance still holding on {@code today}; returns how many it ended. */
  public int withdraw(long issueId, LocalDate today) {
    return ao.executeInTransaction(
        () -> {
          int ended = 0;
          for (RiskAcceptanceEntity row :
              ao.find(RiskAcceptanceEntity.class, Query.select().where("ISSUE_ID = ?", issueId))) {
            Optional<RiskAcceptance> withdrawn = RiskWithdrawal.on(toAcceptance(row), today);
            if (withdrawn.isPresent()) {
              row.setExpiresOn(withdrawn.get().expiresOn().toString());
              row.save();
              ended++;
            }
          }
          return ended;
        });
  }

  private static RiskAcceptance toAcceptance(RiskAcceptanceEntity row) {
    return new RiskAcceptance(
        row.getUserKey(),
        row.getAcceptedAt().toInstant(),
        row.getReason(),
        Dates.parse(row.getExpiresOn()));
  }
}
