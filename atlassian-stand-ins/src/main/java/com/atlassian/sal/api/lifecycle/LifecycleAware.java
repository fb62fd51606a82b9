package com.atlassian.sal.api.lifecycle;

/**
 * Stand-in for SAL's {@code LifecycleAware}, exported as an OSGi service to be called once the
 * application and the plugin have started. Source: SAL's DefaultLifecycleManager calls {@code
 * onStart()} on every LifecycleAware component (mrdon/SAL); Jira's {@code Startable} Javadoc points
 * plugin developers to it. {@code onStop()} is [K]: not seen in source.
 */
public interface LifecycleAware {
  void onStart();

  void onStop();
}
