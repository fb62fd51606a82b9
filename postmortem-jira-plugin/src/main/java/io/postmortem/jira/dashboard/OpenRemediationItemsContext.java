package io.postmortem.jira.dashboard;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives the dashboard item's view every label in the viewer's language, so the script needs no
 * second round trip for text and shows nothing that is not in the bundle.
 */
@Named
public class OpenRemediationItemsContext implements ContextProvider {
  static final String PREFIX = "postmortem.dashboard.";

  /** Label ids; the bundle key is {@link #PREFIX} + id. */
  static final List<String> LABELS =
      List.of(
          "title",
          "loading",
          "empty",
          "error",
          "error.network",
          "refresh",
          "report",
          "total",
          "total.one",
          "page",
          "page.previous",
          "page.next",
          "due.overdue",
          "due.overdue.one",
          "due.in",
          "due.in.one",
          "due.today",
          "due.none",
          "owner.none",
          "owner.unconfirmed",
          "no-postmortem",
          "team.none",
          "age",
          "age.one",
          "severity.NONE",
          "severity.SEV_1",
          "severity.SEV_2",
          "severity.SEV_3",
          "severity.SEV_4",
          "state.overdue",
          "state.no-confirmed-owner",
          "state.due-soon",
          "state.not-scheduled",
          "state.no-due-date",
          "state.on-track",
          "state.all",
          "state.recurred",
          "recurred.in",
          "recurred.hidden",
          "recurred.done",
          "recurred.total",
          "recurred.total.one",
          "recurred.empty",
          "filter.show",
          "edit.projects",
          "edit.projects.help",
          "edit.filter",
          "edit.filter.help",
          "edit.group",
          "edit.group.none",
          "edit.group.team",
          "edit.group.owner",
          "edit.group.postmortem",
          "edit.states",
          "edit.size",
          "edit.size.error",
          "edit.filter.error",
          "edit.projects.error",
          "edit.save",
          "edit.cancel",
          "edit.reminders",
          "edit.refresh");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JiraAuthenticationContext authentication;

  @Inject
  public OpenRemediationItemsContext(@ComponentImport JiraAuthenticationContext authentication) {
    this.authentication = authentication;
  }

  @Override
  public void init(Map<String, String> params) {}

  @Override
  public Map<String, Object> getContextMap(Map<String, Object> context) {
    I18nHelper i18n = authentication.getI18nHelper();
    Map<String, String> labels = new LinkedHashMap<>();
    for (String id : LABELS) {
      labels.put(id, i18n.getText(PREFIX + id));
    }
    Map<String, Object> result = new HashMap<>(context);
    // Jira's Velocity leaves references ending in "Html" unescaped: this one is escaped here.
    result.put("labelsJsonHtml", html(json(labels)));
    return result;
  }

  private static String json(Map<String, String> labels) {
    try {
      return JSON.writeValueAsString(labels);
    } catch (JsonProcessingException e) {
      // A map of strings always serializes; anything else is a broken Jackson.
      throw new IllegalStateException(e);
    }
  }

  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
