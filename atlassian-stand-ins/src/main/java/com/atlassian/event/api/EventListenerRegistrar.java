package com.atlassian.event.api;

/**
 * Stand-in of atlassian-event's {@code EventListenerRegistrar}, the super-interface of {@link
 * EventPublisher} that declares {@code register} and {@code unregister} (decompiled atlassian-event
 * in the code index). Only the members the plugin uses. See atlassian-stand-ins/SOURCES.md.
 */
public interface EventListenerRegistrar {
  void register(Object listener);

  void unregister(Object listener);
}
