package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.creation.AutomaticPostmortemSettings;
import io.postmortem.core.creation.AutomaticPostmortems;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The per-project automatic-postmortem rule and the claims that make it fire once per incident. A
 * claim is one insert under the incident's unique id, never read-then-write, so two nodes receiving
 * the same resolution, or an incident resolved twice, cannot both win. A claim records when it was
 * taken and, once settled, the incident's postmortem; a claim that stays unsettled past a lease
 * belonged to a node that died or hung mid-creation, and one later taker may {@link #takeOver} it.
 */
@Named
public class AutomaticPostmortemStore {

  private final ActiveObjects ao;

  @Inject
  public AutomaticPostmortemStore(@ComponentImport ActiveObjects ao) {
    this.ao = ao;
  }

  /** The project's rule; {@link AutomaticPostmortems#OFF} when it never saved one. */
  public AutomaticPostmortems settings(long projectId) {
    AutoPostmortemSettingsEntity[] rows =
        ao.find(
            AutoPostmortemSettingsEntity.class, Query.select().where("PROJECT_ID = ?", projectId));
    if (rows.length == 0 || rows[0].getSettings() == null) {
      return AutomaticPostmortems.OFF;
    }
    // A row a later version or a hand edit made unreadable counts as off, never as a failure.
    AutomaticPostmortemSettings.Parsed parsed =
        AutomaticPostmortemSettings.parse(ProjectSettingsStore.read(rows[0].getSettings()));
    return parsed.settings();
  }

  /**
   * Replaces the project's rule; the unique project id makes a concurrent save retry.
   *
   * @throws ConcurrentWriteException when other writers won every attempt (nothing stored)
   */
  public void save(long projectId, AutomaticPostmortems settings) {
    String text = ProjectSettingsStore.write(AutomaticPostmortemSettings.write(settings));
    UniqueKeys.retryOnDuplicate(
        () ->
            ao.executeInTransaction(
                () -> {
                  ao.deleteWithSQL(AutoPostmortemSettingsEntity.class, "PROJECT_ID = ?", projectId);
                  ao.create(
                      AutoPostmortemSettingsEntity.class,
                      new DBParam("PROJECT_ID", projectId),
                      new DBParam("SETTINGS", text));
                  return null;
                }));
  }

  /** Claims the incident's automatic postmortem; false when it was claimed before. */
  public boolean claim(long incidentId, Instant at) {
    try {
      ao.executeInTransaction(
          () ->
              ao.create(
                  AutoPostmortemClaimEntity.class,
                  new DBParam("ISSUE_ID", incidentId),
                  new DBParam("CLAIMED_AT", Date.from(at))));
      return true;
    } catch (RuntimeException e) {
      if (UniqueKeys.isDuplicate(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Takes over the incident's claim when it was taken before {@code at} minus {@code lease} and
   * never recorded a postmortem. The stale row is deleted under a condition and a fresh one
   * inserted in one transaction, so of several takers only the one whose delete found the row wins:
   * the others' deletes find nothing (or wait for the winner's commit and then find nothing).
   *
   * @return true when this caller now holds the claim
   */
  public boolean takeOver(long incidentId, Instant at, Duration lease) {
    Date staleBefore = Date.from(at.minus(lease));
    try {
      return ao.executeInTransaction(
          () -> {
            int stale =
                ao.deleteWithSQL(
                    AutoPostmortemClaimEntity.class,
                    "ISSUE_ID = ? AND POSTMORTEM_KEY IS NULL AND CLAIMED_AT < ?",
                    incidentId,
                    staleBefore);
            if (stale == 0) {
              return false;
            }
            ao.create(
                AutoPostmortemClaimEntity.class,
                new DBParam("ISSUE_ID", incidentId),
                new DBParam("CLAIMED_AT", Date.from(at)));
            return true;
          });
    } catch (RuntimeException e) {
      if (UniqueKeys.isDuplicate(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Records the incident's postmortem on its claim, which settles the claim for good. */
  public void created(long incidentId, String postmortemKey) {
    ao.executeInTransaction(
        () -> {
          for (AutoPostmortemClaimEntity row : claims(incidentId)) {
            row.setPostmortemKey(postmortemKey);
            row.save();
          }
          return null;
        });
  }

  /** Gives a claim up after the creation failed, so the next resolution may try again. */
  public void release(long incidentId) {
    ao.executeInTransaction(
        () -> ao.deleteWithSQL(AutoPostmortemClaimEntity.class, "ISSUE_ID = ?", incidentId));
  }

  /** The key of the postmortem recorded on the incident's claim, if any. */
  public Optional<String> postmortemOf(long incidentId) {
    AutoPostmortemClaimEntity[] rows = claims(incidentId);
    return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getPostmortemKey());
  }

  private AutoPostmortemClaimEntity[] claims(long incidentId) {
    return ao.find(
        AutoPostmortemClaimEntity.class, Query.select().where("ISSUE_ID = ?", incidentId));
  }
}
