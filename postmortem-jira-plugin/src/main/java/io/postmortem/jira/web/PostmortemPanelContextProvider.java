package io.postmortem.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** Puts the postmortem panel's one view object, {@code $view}, into the template context. */
public class PostmortemPanelContextProvider implements ContextProvider {

  private final PostmortemPanelBuilder builder;

  @Inject
  public PostmortemPanelContextProvider(PostmortemPanelBuilder builder) {
    this.builder = builder;
  }

  @Override
  public void init(Map<String, String> params) {}

  @Override
  public Map<String, Object> getContextMap(Map<String, Object> context) {
    Map<String, Object> map = new HashMap<>(context);
    if (context.get("issue") instanceof Issue issue) {
      map.put("view", builder.viewOf(issue));
    }
    return map;
  }
}
