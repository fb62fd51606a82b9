package com.atlassian.event.api;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: decompiled atlassian-event ({@code public interface EventPublisher extends
 * EventListenerRegistrar}, which declares register/unregister); atlassian-labs/atlassian-slack-
 * integration-server (Jira 11 / Platform 8) {@code AutoSubscribingEventListener} calls {@code
 * register(this)} and {@code unregister(this)}. See atlassian-stand-ins/SOURCES.md.
 */
public interface EventPublisher extends EventListenerRegistrar {}
