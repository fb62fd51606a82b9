package com.atlassian.event.api;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: atlassian-labs/atlassian-slack-integration-server (Jira 11 / Platform 8) {@code
 * AutoSubscribingEventListener} calls {@code register(this)} and {@code unregister(this)}; only the
 * members the plugin uses. See atlassian-stand-ins/SOURCES.md.
 */
public interface EventPublisher {
  void register(Object listener);

  void unregister(Object listener);
}
