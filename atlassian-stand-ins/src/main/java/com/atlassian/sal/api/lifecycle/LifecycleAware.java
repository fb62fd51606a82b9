package com.atlassian.sal.api.lifecycle;

/** Stand-in of SAL 7's {@code LifecycleAware} (onStart/onStop, as in public plugin code). */
public interface LifecycleAware {
  void onStart();

  void onStop();
}
