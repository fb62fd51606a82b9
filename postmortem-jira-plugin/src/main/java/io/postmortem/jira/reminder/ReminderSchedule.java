package io.postmortem.jira.reminder;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the reminder job's runner and schedule when SAL starts the app (at Jira start-up and
 * also when the app is installed or enabled on a running Jira: SAL 3+ {@code LifecycleAware}
 * contract) and unregisters the runner when it stops. The job id and runner key are stored by the
 * scheduler in the database: never rename them. RUN_ONCE_PER_CLUSTER so that one node of a Data
 * Center cluster sends the day's digests.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class ReminderSchedule implements LifecycleAware {
  static final JobRunnerKey RUNNER = JobRunnerKey.of("io.postmortem.reminder.digest-runner");
  static final JobId JOB = JobId.of("io.postmortem.reminder.daily-digest");

  private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);

  private final SchedulerService scheduler;
  private final ReminderJob job;
  private final ReminderSettings settings;

  @Inject
  public ReminderSchedule(
      @ComponentImport SchedulerService scheduler, ReminderJob job, ReminderSettings settings) {
    this.scheduler = scheduler;
    this.job = job;
    this.settings = settings;
  }

  @Override
  public void onStart() {
    scheduler.registerJobRunner(RUNNER, job);
    JobConfig config =
        JobConfig.forJobRunnerKey(RUNNER)
            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
            .withSchedule(Schedule.forCronExpression(settings.cron(), TimeZone.getDefault()));
    try {
      scheduler.scheduleJob(JOB, config);
    } catch (SchedulerServiceException e) {
      LOG.error("Postmortem reminders could not be scheduled; no digests will be sent", e);
    }
  }

  /**
   * SAL also calls this when one node of a cluster shuts down. The schedule is cluster-wide and
   * persistent, so only this node's runner goes; unscheduling here would stop the digests for the
   * nodes still running. Scheduling the same id again on start replaces the schedule.
   */
  @Override
  public void onStop() {
    scheduler.unregisterJobRunner(RUNNER);
  }
}
