package io.postmortem.jira.reminder;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.postmortem.core.calendar.BusinessCalendar;
import io.postmortem.core.remediation.DigestPlanner;
import io.postmortem.core.remediation.RemediationClassifier;
import io.postmortem.core.remediation.RemediationPolicy;
import io.postmortem.jira.application.issue.JiraTime;
import io.postmortem.jira.application.recurrence.RecurredPostmortems;
import io.postmortem.jira.application.search.IssueSearch;
import io.postmortem.jira.application.search.OpenItemReader;
import io.postmortem.jira.application.search.RemediationScope;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily reminder run: owners' digests, then postmortem owners' digests. Safe to run twice on
 * one day, on any node or after a restart, because the ledger lets each person have one digest a
 * day.
 */
@Named
public class ReminderJob implements JobRunner {
  static final int PAGE = 100;

  /** Lines listed per digest; the rest are counted ("and 12 more"). */
  static final int MAX_LINES = 50;

  private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

  private final OwnerDigestRun owners;
  private final FollowUpDigestRun followUps;
  private final ReminderSettings settings;
  private final Supplier<ZoneId> zone;

  @Inject
  public ReminderJob(
      IssueSearch search,
      OpenItemReader reader,
      RemediationScope scope,
      DateProposals proposals,
      PostmortemRisks risks,
      DigestSender sender,
      DigestMailer mailer,
      ReminderSettings settings,
      JiraTime time,
      RecurredPostmortems recurrences) {
    this(
        new OwnerDigestRun(search, reader, scope, sender, mailer, recurrences),
        new FollowUpDigestRun(search, reader, scope, proposals, risks, sender, mailer),
        settings,
        time::zone);
  }

  /**
   * @param zone Jira's default time zone, read on each run: the job has no viewer, and an admin's
   *     change of the default applies from the next run on every node
   */
  ReminderJob(
      OwnerDigestRun owners,
      FollowUpDigestRun followUps,
      ReminderSettings settings,
      Supplier<ZoneId> zone) {
    this.owners = owners;
    this.followUps = followUps;
    this.settings = settings;
    this.zone = zone;
  }

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    ZoneId zone = this.zone.get();
    LocalDate today = LocalDate.ofInstant(request.getStartTime().toInstant(), zone);
    DigestPlanner planner =
        new DigestPlanner(
            settings.remindWithinDays(),
            settings.unconfirmedBusinessDays(),
            settings.riskExpiresWithinDays(),
            BusinessCalendar.mondayToFriday(),
            zone);
    RemediationClassifier classifier =
        new RemediationClassifier(RemediationPolicy.defaults(), zone);
    try {
      DigestTally tally =
          owners
              .run(today, zone, planner, classifier)
              .plus(followUps.run(today, planner, classifier));
      if (tally.failed() > 0) {
        return JobRunnerResponse.failed(
            tally.sent()
                + " postmortem reminder digests queued, "
                + tally.failed()
                + " failed (see the log; the others were sent)");
      }
      return JobRunnerResponse.success(tally.sent() + " postmortem reminder digests queued");
    } catch (IssueSearch.InvalidSearch e) {
      LOG.warn("Postmortem reminders stopped: {}", e.getMessage());
      // failed(String) rejects a blank message, and a search error may carry none.
      return JobRunnerResponse.failed("Postmortem reminders stopped: " + e.getMessage());
    }
  }
}
