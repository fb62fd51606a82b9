package io.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.postmortem.core.postmortem.LanguageOverride;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Blameless-language findings kept on purpose, one per (postmortem, fingerprint). */
@Named
public final class LanguageOverrideStore {

  private final ActiveObjects ao;

  @Inject
  public LanguageOverrideStore(@ComponentImport ActiveObjects ao) {
    this.ao = ao;
  }

  public List<LanguageOverride> forPostmortem(long issueId) {
    return Arrays.stream(
            ao.find(
                LanguageOverrideEntity.class,
                Query.select().where("ISSUE_ID = ?", issueId).order("CREATED_AT, ID")))
        .map(LanguageOverrideStore::toOverride)
        .toList();
  }

  /** Keeps the phrase; a second decision on the same finding replaces the first. */
  public LanguageOverride keep(
      long issueId, String fingerprint, String reason, String userKey, Instant at) {
    return ao.executeInTransaction(
        () -> {
          ao.deleteWithSQL(
              LanguageOverrideEntity.class,
              "ISSUE_ID = ? AND FINGERPRINT = ?",
              issueId,
              fingerprint);
          return toOverride(
              ao.create(
                  LanguageOverrideEntity.class,
                  new DBParam("ISSUE_ID", issueId),
                  new DBParam("FINGERPRINT", fingerprint),
                  new DBParam("REASON", reason),
                  new DBParam("USER_KEY", userKey),
                  new DBParam("CREATED_AT", Date.from(at))));
        });
  }

  private static LanguageOverride toOverride(LanguageOverrideEntity row) {
    return new LanguageOverride(
        row.getFingerprint(), row.getReason(), row.getUserKey(), row.getCreatedAt().toInstant());
  }
}
