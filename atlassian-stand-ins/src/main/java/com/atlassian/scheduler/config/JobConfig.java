package com.atlassian.scheduler.config;

/**
 * Stand-in of atlassian-scheduler's {@code JobConfig} ({@code
 * forJobRunnerKey(..).withSchedule(..).withRunMode(..)} in public plugin code); an immutable value
 * class, as the real one is, so tests can inspect the job's configuration.
 */
public final class JobConfig {
  private final JobRunnerKey jobRunnerKey;
  private final RunMode runMode;
  private final Schedule schedule;

  private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
    this.jobRunnerKey = jobRunnerKey;
    this.runMode = runMode;
    this.schedule = schedule;
  }

  public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
    return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
  }

  public JobConfig withRunMode(RunMode runMode) {
    return new JobConfig(jobRunnerKey, runMode, schedule);
  }

  public JobConfig withSchedule(Schedule schedule) {
    return new JobConfig(jobRunnerKey, runMode, schedule);
  }

  public JobRunnerKey getJobRunnerKey() {
    return jobRunnerKey;
  }

  public RunMode getRunMode() {
    return runMode;
  }

  public Schedule getSchedule() {
    return schedule;
  }
}
