package com.atlassian.sal.api.lifecycle;

/**
 * Stand-in for SAL's {@code LifecycleAware}, exported as an OSGi service ({@code ExportAsService}).
 * SAL 3.0+ Javadoc (docs.atlassian.com/sal-parent/3.0.0, LifecycleAware, LifecycleManager,
 * DefaultLifecycleManager): {@code onStart()} is called once the application is set up, the plugin
 * framework has started and the plugin is enabled, so also when the plugin is installed or enabled
 * on a running application; {@code onStop()} (since SAL 3.0) is called, only after {@code
 * onStart()}, before the plugin is disabled or the framework shuts down.
 */
public interface LifecycleAware {
  void onStart();

  void onStop();
}
