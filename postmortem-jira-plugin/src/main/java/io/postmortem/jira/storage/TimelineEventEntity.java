package io.postmortem.jira.storage;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One event on a postmortem's incident timeline. */
@Table("TimelineEvent")
public interface TimelineEventEntity extends Entity {
  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  /** Epoch milliseconds: an instant, so no database time zone can shift it. */
  @NotNull
  long getAtMillis();

  void setAtMillis(long atMillis);

  /** A {@link io.postmortem.core.postmortem.TimelineEventKind} name. */
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
