package io.postmortem.jira.storage;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A stakeholder's recorded acceptance of the risk of recurrence on a postmortem. */
@Table("RiskAccept")
public interface RiskAcceptanceEntity extends Entity {
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

  /** ISO yyyy-MM-dd, the last day the acceptance holds. */
  @NotNull
  String getExpiresOn();

  void setExpiresOn(String expiresOn);
}
