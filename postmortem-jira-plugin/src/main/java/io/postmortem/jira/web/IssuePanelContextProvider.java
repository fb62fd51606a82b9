package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts an issue panel's one view object, {@code $view}, into the template context: templates stay
 * dumb, the view object carries everything they show.
 */
abstract class IssuePanelContextProvider implements ContextProvider {

  @Override
  public void init(Map<String, String> params) {}

  @Override
  public Map<String, Object> getContextMap(Map<String, Object> context) {
    Map<String, Object> map = new HashMap<>(context);
    if (context.get("issue") instanceof Issue issue) {
      map.put("view", viewOf(issue));
    }
    return map;
  }

  /** The panel's view of the issue the page shows. */
  abstract Object viewOf(Issue issue);
}
