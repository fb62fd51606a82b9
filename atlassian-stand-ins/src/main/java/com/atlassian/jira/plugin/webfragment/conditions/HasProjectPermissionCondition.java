package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.jira.security.PermissionManager;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.Condition;
import java.util.Map;

/**
 * Stand-in for Jira's built-in {@code HasProjectPermissionCondition}: shown when the user has the
 * {@code permission} param's permission in the selected project. Source: Jira source in the code
 * index (HasProjectPermissionCondition extends AbstractPermissionCondition, constructor taking
 * {@code PermissionManager}; AbstractPermissionCondition reads the {@code "permission"} param). The
 * real class extends AbstractPermissionCondition / AbstractWebCondition; only the {@link Condition}
 * contract matters here. Bodies throw: compile-time only.
 */
public class HasProjectPermissionCondition implements Condition {

  public HasProjectPermissionCondition(PermissionManager permissionManager) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void init(Map<String, String> params) throws PluginParseException {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public boolean shouldDisplay(Map<String, Object> context) {
    throw new UnsupportedOperationException("stand-in");
  }
}
