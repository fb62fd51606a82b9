package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Stand-in of atlassian-plugins-webfragment's {@code ContextProvider} (condec dashboard items). */
public interface ContextProvider {
  void init(Map<String, String> params) throws PluginParseException;

  Map<String, Object> getContextMap(Map<String, Object> context);
}
