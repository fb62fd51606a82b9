package io.postmortem.jira.storage;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A flagged phrase kept on purpose on a postmortem, with the reason and who decided. */
@Table("LangOverride")
public interface LanguageOverrideEntity extends Entity {
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
