package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: atlassian-plugins-webfragment source of com.atlassian.plugin.web.ContextProvider;
 * implemented with these signatures by dashboard-item context providers (e.g.
 * ValentinBootz/jira-analysis). See atlassian-stand-ins/SOURCES.md.
 */
public interface ContextProvider {
  void init(Map<String, String> params) throws PluginParseException;

  Map<String, Object> getContextMap(Map<String, Object> context);
}
