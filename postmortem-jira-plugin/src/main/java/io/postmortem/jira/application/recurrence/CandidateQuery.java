package io.postmortem.jira.application.recurrence;

import io.postmortem.jira.application.issue.JiraMapping;
import io.postmortem.jira.application.search.JqlText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JQL that fetches the recurrence guard's candidates: earlier postmortems (and incidents, when
 * the admin chose an incident type) created before this postmortem that share a component or label
 * or a telling summary word with it. Everything the user typed is quoted ({@link JqlText}); the
 * search runs with a page limit, so the index, not this app, does the narrowing.
 */
final class CandidateQuery {
  private static final DateTimeFormatter JQL_MINUTE =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

  private CandidateQuery() {}

  /**
   * The query, or empty when there is nothing to look for (the app is not set up, or the postmortem
   * has neither facets nor words).
   *
   * @param excludedKeys the postmortem and its incidents
   * @param before the postmortem's creation: only earlier issues rhyme
   */
  static String jql(
      JiraMapping mapping,
      Collection<String> excludedKeys,
      Instant before,
      ZoneId zone,
      Collection<String> components,
      Collection<String> labels,
      List<String> keywords) {
    String types = types(mapping);
    List<String> any = new ArrayList<>();
    if (!components.isEmpty()) {
      any.add("component in (" + quoted(components) + ")");
    }
    if (!labels.isEmpty()) {
      any.add("labels in (" + quoted(labels) + ")");
    }
    keywords.forEach(word -> any.add("summary ~ " + JqlText.quote(word)));
    if (types.isEmpty() || any.isEmpty()) {
      return "";
    }
    StringBuilder jql = new StringBuilder(types);
    if (!excludedKeys.isEmpty()) {
      jql.append(" AND issuekey not in (").append(quoted(excludedKeys)).append(')');
    }
    if (before != null) {
      jql.append(" AND created < ").append(JqlText.quote(JQL_MINUTE.format(before.atZone(zone))));
    }
    return jql.append(" AND (")
        .append(String.join(" OR ", any))
        .append(") ORDER BY created DESC")
        .toString();
  }

  private static String types(JiraMapping mapping) {
    List<String> types = new ArrayList<>();
    if (mapping.postmortemIssueTypeId() != null) {
      types.add(mapping.postmortemIssueTypeId());
    }
    if (mapping.incidentIssueTypeId() != null) {
      types.add(mapping.incidentIssueTypeId());
    }
    return types.isEmpty() ? "" : "issuetype in (" + quoted(types) + ")";
  }

  private static String quoted(Collection<String> values) {
    return values.stream().map(JqlText::quote).collect(Collectors.joining(", "));
  }
}
