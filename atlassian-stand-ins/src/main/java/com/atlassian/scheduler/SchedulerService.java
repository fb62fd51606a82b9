package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/** Stand-in of atlassian-scheduler's {@code SchedulerService} (decompiled @PublicApi). */
public interface SchedulerService {
  void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

  void unregisterJobRunner(JobRunnerKey jobRunnerKey);

  void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

  void unscheduleJob(JobId jobId);
}
