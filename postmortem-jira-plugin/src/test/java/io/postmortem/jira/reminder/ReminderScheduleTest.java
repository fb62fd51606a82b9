package io.postmortem.jira.reminder;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.TimeZone;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class ReminderScheduleTest {
  private final SchedulerService scheduler = mock(SchedulerService.class);
  private final PluginSettings settings = mock(PluginSettings.class);
  private final ReminderJob job = mock(ReminderJob.class);

  private ReminderSchedule schedule() {
    PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
    when(factory.createGlobalSettings()).thenReturn(settings);
    return new ReminderSchedule(scheduler, job, new ReminderSettings(factory));
  }

  @Test
  public void registersTheRunnerAndADailyJobOncePerClusterOnStart() throws Exception {
    when(settings.get(ReminderSettings.CRON_KEY)).thenReturn("0 30 6 * * ?");

    schedule().onStart();

    verify(scheduler).registerJobRunner(ReminderSchedule.RUNNER, job);
    ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
    verify(scheduler).scheduleJob(eq(ReminderSchedule.JOB), config.capture());
    assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
    assertEquals(ReminderSchedule.RUNNER, config.getValue().getJobRunnerKey());
    assertEquals(
        Schedule.forCronExpression("0 30 6 * * ?", TimeZone.getDefault()),
        config.getValue().getSchedule());
  }

  @Test
  public void fallsBackToEightOClockWhenTheConfiguredTimeIsNotADailyCron() throws Exception {
    when(settings.get(ReminderSettings.CRON_KEY)).thenReturn("*/5 * * * * ?");

    schedule().onStart();

    ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
    verify(scheduler).scheduleJob(eq(ReminderSchedule.JOB), config.capture());
    assertEquals(
        Schedule.forCronExpression(ReminderSettings.DEFAULT_CRON, TimeZone.getDefault()),
        config.getValue().getSchedule());
  }

  @Test
  public void unregistersOnlyThisNodesRunnerOnStopSoTheClusterKeepsTheSchedule() {
    schedule().onStop();

    verify(scheduler).unregisterJobRunner(ReminderSchedule.RUNNER);
    verify(scheduler, never()).unscheduleJob(any());
  }

  @Test
  public void replacesTheScheduleWhenStartedAgainAfterADisable() throws Exception {
    when(settings.get(ReminderSettings.CRON_KEY)).thenReturn("0 30 6 * * ?");
    ReminderSchedule schedule = schedule();

    schedule.onStart();
    schedule.onStop();
    schedule.onStart();

    verify(scheduler, times(2)).registerJobRunner(ReminderSchedule.RUNNER, job);
    verify(scheduler, times(2)).scheduleJob(eq(ReminderSchedule.JOB), any(JobConfig.class));
  }
}
