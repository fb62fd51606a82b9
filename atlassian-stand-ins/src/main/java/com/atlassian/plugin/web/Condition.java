package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Stand-in for atlassian-plugins-webfragment {@code Condition}. Source: public implementations in
 * the code index ({@code init(Map<String, String>) throws PluginParseException}, {@code
 * shouldDisplay(Map<String, Object>)}), e.g. AlwaysTrueCondition, UserIsLoggedInCondition.
 */
public interface Condition {
  void init(Map<String, String> params) throws PluginParseException;

  boolean shouldDisplay(Map<String, Object> context);
}
