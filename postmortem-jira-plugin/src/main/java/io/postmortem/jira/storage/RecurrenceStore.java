package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.recurrence.RecurredItems.Recurrence;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import io.postmortem.core.recurrence.Verdict;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The recurrence guard's suggestions to each postmortem and the author's verdicts. A fresh ranking
 * replaces the unmarked suggestions; a verdict, once given, stays even when the issue drops out of
 * the ranking, because it records what the author decided.
 */
@Named
public class RecurrenceStore {

  private final ActiveObjects ao;

  @Inject
  public RecurrenceStore(@ComponentImport ActiveObjects ao) {
    this.ao = ao;
  }

  /** An issue to suggest: its id and key. */
  public record Candidate(long id, String key) {}

  /** The postmortem's suggestions, marked ones included, in ranking order. */
  public List<SuggestedRecurrence> forPostmortem(long postmortemId) {
    return Arrays.stream(rows(postmortemId))
        .map(row -> new SuggestedRecurrence(row.getCandidateKey(), verdictOf(row)))
        .toList();
  }

  /**
   * Records the current ranking: unmarked suggestions no longer in it go, new ones come, every one
   * takes its new rank. Marked ones stay. One transaction, retried if another node stored the same
   * suggestion at the same moment.
   */
  public List<SuggestedRecurrence> suggest(long postmortemId, List<Candidate> ranking) {
    return UniqueKeys.retryOnDuplicate(
        () ->
            ao.executeInTransaction(
                () -> {
                  replace(postmortemId, ranking);
                  return forPostmortem(postmortemId);
                }));
  }

  /**
   * Stores the author's verdict on one suggestion; empty when the issue was never suggested to the
   * postmortem.
   */
  public Optional<SuggestedRecurrence> mark(
      long postmortemId, long candidateId, Verdict verdict, String userKey, Instant at) {
    return remark(postmortemId, candidateId, verdict, userKey, at).map(Marking::stored);
  }

  /** A verdict as stored now, and the verdict it replaced. */
  public record Marking(SuggestedRecurrence stored, Verdict previous) {}

  /**
   * Stores the author's verdict like {@link #mark} and says what it replaced, read in the same
   * transaction, so a caller acts once on a change to {@link Verdict#RELATED} whichever node took
   * the request.
   */
  public Optional<Marking> remark(
      long postmortemId, long candidateId, Verdict verdict, String userKey, Instant at) {
    return ao.executeInTransaction(
        () -> {
          RecurrenceEntity[] found =
              ao.find(
                  RecurrenceEntity.class,
                  Query.select().where("PAIR_KEY = ?", pairKey(postmortemId, candidateId)));
          if (found.length == 0) {
            return Optional.empty();
          }
          RecurrenceEntity row = found[0];
          Verdict previous = verdictOf(row);
          row.setVerdict(verdict.name());
          row.setUserKey(verdict == Verdict.UNMARKED ? null : userKey);
          row.setMarkedAt(verdict == Verdict.UNMARKED ? null : Date.from(at));
          row.save();
          return Optional.of(
              new Marking(new SuggestedRecurrence(row.getCandidateKey(), verdict), previous));
        });
  }

  /**
   * For each given earlier issue, the postmortems whose authors marked it related: one query for
   * the lot, so a page of items costs the same whatever its size.
   */
  public Map<Long, List<Long>> relatedPostmortems(Collection<Long> candidateIds) {
    Map<Long, List<Long>> related = new LinkedHashMap<>();
    recurrences(candidateIds)
        .forEach(
            (candidate, marks) ->
                related.put(candidate, marks.stream().map(Recurrence::laterPostmortemId).toList()));
    return related;
  }

  /**
   * For each given earlier issue, the later postmortems that marked it related and when: one query
   * per chunk of ids, whatever the number of items behind them.
   */
  public Map<Long, List<Recurrence>> recurrences(Collection<Long> candidateIds) {
    Map<Long, List<Recurrence>> related = new LinkedHashMap<>();
    for (List<Long> chunk : IdChunks.of(candidateIds)) {
      Object[] params = new Object[chunk.size() + 1];
      params[0] = Verdict.RELATED.name();
      for (int i = 0; i < chunk.size(); i++) {
        params[i + 1] = chunk.get(i);
      }
      for (RecurrenceEntity row :
          ao.find(
              RecurrenceEntity.class,
              Query.select()
                  .where("VERDICT = ? AND " + IdChunks.inClause("CANDIDATE_ID", chunk), params)
                  .order("CANDIDATE_ID, ISSUE_ID"))) {
        related
            .computeIfAbsent(row.getCandidateId(), id -> new ArrayList<>())
            .add(new Recurrence(row.getIssueId(), markedAt(row)));
      }
    }
    return related;
  }

  /** An earlier issue a later postmortem's author marked related, and when. */
  public record RelatedMark(long candidateId, String candidateKey, Recurrence recurrence) {}

  /**
   * The newest {@code cap} related verdicts given at or after {@code since}, newest first: one
   * query, whatever the number of verdicts stored.
   */
  public List<RelatedMark> relatedSince(Instant since, int cap) {
    return Arrays.stream(
            ao.find(
                RecurrenceEntity.class,
                Query.select()
                    .where(
                        "VERDICT = ? AND MARKED_AT >= ?", Verdict.RELATED.name(), Date.from(since))
                    .order("MARKED_AT DESC, ID DESC")
                    .limit(cap)))
        .map(
            row ->
                new RelatedMark(
                    row.getCandidateId(),
                    row.getCandidateKey(),
                    new Recurrence(row.getIssueId(), markedAt(row))))
        .toList();
  }

  // A verdict stored before schema v4 kept its moment may lack one; it still counts, as of epoch.
  private static Instant markedAt(RecurrenceEntity row) {
    return row.getMarkedAt() == null ? Instant.EPOCH : row.getMarkedAt().toInstant();
  }

  private void replace(long postmortemId, List<Candidate> ranking) {
    Map<Long, RecurrenceEntity> stored = new HashMap<>();
    for (RecurrenceEntity row : rows(postmortemId)) {
      stored.put(row.getCandidateId(), row);
    }
    Map<Long, Candidate> wanted = new LinkedHashMap<>();
    ranking.forEach(candidate -> wanted.putIfAbsent(candidate.id(), candidate));
    for (RecurrenceEntity row : stored.values()) {
      if (!wanted.containsKey(row.getCandidateId()) && verdictOf(row) == Verdict.UNMARKED) {
        ao.delete(row);
      }
    }
    int rank = 0;
    for (Candidate candidate : wanted.values()) {
      RecurrenceEntity row = stored.get(candidate.id());
      if (row == null) {
        create(postmortemId, candidate, rank);
      } else if (row.getSuggestedRank() != rank) {
        row.setSuggestedRank(rank);
        row.save();
      }
      rank++;
    }
  }

  private void create(long postmortemId, Candidate candidate, int rank) {
    ao.create(
        RecurrenceEntity.class,
        new DBParam("PAIR_KEY", pairKey(postmortemId, candidate.id())),
        new DBParam("ISSUE_ID", postmortemId),
        new DBParam("CANDIDATE_ID", candidate.id()),
        new DBParam("CANDIDATE_KEY", candidate.key()),
        new DBParam("SUGGESTED_RANK", rank),
        new DBParam("VERDICT", Verdict.UNMARKED.name()));
  }

  private RecurrenceEntity[] rows(long postmortemId) {
    return ao.find(
        RecurrenceEntity.class,
        Query.select().where("ISSUE_ID = ?", postmortemId).order("SUGGESTED_RANK, ID"));
  }

  private static Verdict verdictOf(RecurrenceEntity row) {
    try {
      return Verdict.valueOf(row.getVerdict());
    } catch (IllegalArgumentException | NullPointerException e) {
      return Verdict.UNMARKED;
    }
  }

  private static String pairKey(long postmortemId, long candidateId) {
    return postmortemId + "/" + candidateId;
  }
}
