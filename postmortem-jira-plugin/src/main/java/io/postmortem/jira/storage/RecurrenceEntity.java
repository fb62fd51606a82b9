package io.postmortem.jira.storage;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * An earlier incident or postmortem the recurrence guard suggested to a postmortem, and the
 * author's verdict (schema v4). The pair key {@code <postmortem id>/<candidate id>} is unique, so
 * two nodes suggesting the same issue at once store it once (Active Objects has no composite unique
 * constraints, hence one column holding both parts).
 */
@Table("Recurrence")
public interface RecurrenceEntity extends Entity {

  @NotNull
  @Unique
  @StringLength(100)
  String getPairKey();

  void setPairKey(String pairKey);

  /** The postmortem the suggestion was made to. */
  @NotNull
  @Indexed
  long getIssueId();

  void setIssueId(long issueId);

  /** The suggested earlier issue; indexed to find the postmortems that called it related. */
  @NotNull
  @Indexed
  long getCandidateId();

  void setCandidateId(long candidateId);

  /** Its key when suggested, to name it without asking Jira. */
  @NotNull
  String getCandidateKey();

  void setCandidateKey(String candidateKey);

  /** Where it was in the ranking, 0 first. Not named RANK: a reserved word in MySQL 8. */
  @NotNull
  int getSuggestedRank();

  void setSuggestedRank(int suggestedRank);

  /** {@code UNMARKED}, {@code RELATED} or {@code UNRELATED}. */
  @NotNull
  String getVerdict();

  void setVerdict(String verdict);

  /** Who gave the verdict; null while unmarked. */
  String getUserKey();

  void setUserKey(String userKey);

  /** When the verdict was given; null while unmarked. */
  Date getMarkedAt();

  void setMarkedAt(Date markedAt);
}
