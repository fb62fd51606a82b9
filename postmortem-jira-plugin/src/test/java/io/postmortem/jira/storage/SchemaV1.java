package io.postmortem.jira.storage;

import java.util.Date;
import java.util.List;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Schema v1 as released (e377a66), frozen here so the upgrade tests can build a v1 database and
 * fill it with rows v1 allowed, such as two confirmations of one item.
 */
final class SchemaV1 {
  private SchemaV1() {}

  static final List<Class<? extends RawEntity<?>>> ENTITIES =
      List.of(
          OwnerConfirm.class,
          DueProposal.class,
          RiskAccept.class,
          TimelineEvent.class,
          LangOverride.class,
          ProjectSetting.class,
          Reminder.class);

  @Table("OwnerConfirm")
  interface OwnerConfirm extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getConfirmedAt();

    void setConfirmedAt(Date confirmedAt);

    String getAgreedDue();

    void setAgreedDue(String agreedDue);
  }

  @Table("DueProposal")
  interface DueProposal extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getProposedDue();

    void setProposedDue(String proposedDue);

    @StringLength(StringLength.UNLIMITED)
    String getComment();

    void setComment(String comment);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    String getStatus();

    void setStatus(String status);
  }

  @Table("RiskAccept")
  interface RiskAccept extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getAcceptedAt();

    void setAcceptedAt(Date acceptedAt);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    String getExpiresOn();

    void setExpiresOn(String expiresOn);
  }

  @Table("TimelineEvent")
  interface TimelineEvent extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    long getAtMillis();

    void setAtMillis(long atMillis);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getSourceUrl();

    void setSourceUrl(String sourceUrl);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String authorKey);
  }

  @Table("LangOverride")
  interface LangOverride extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getFingerprint();

    void setFingerprint(String fingerprint);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
  }

  @Table("ProjectSetting")
  interface ProjectSetting extends Entity {
    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    String getRiskRole();

    void setRiskRole(String riskRole);

    @StringLength(StringLength.UNLIMITED)
    String getChecklist();

    void setChecklist(String checklist);
  }

  @Table("Reminder")
  interface Reminder extends Entity {
    @NotNull
    @Unique
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    String getLastSent();

    void setLastSent(String lastSent);

    boolean isOptedOut();

    void setOptedOut(boolean optedOut);
  }
}
