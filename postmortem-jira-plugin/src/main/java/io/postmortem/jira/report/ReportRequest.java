package io.postmortem.jira.report;

import io.postmortem.core.report.ReportBuilder;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a caller asked the remediation report for: which projects (none = every project they can
 * see) and how many months. Parsed from query parameters; nonsense becomes a field and a message
 * key, never an exception.
 *
 * @param projectKeys project keys, upper case
 * @param months months covered, ending with the current one
 */
public record ReportRequest(List<String> projectKeys, int months) {
  static final int DEFAULT_MONTHS = 12;
  static final int MAX_PROJECTS = 50;
  private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

  public ReportRequest {
    projectKeys = List.copyOf(projectKeys);
  }

  /** The JQL restriction to the requested projects, empty for all visible projects. */
  String projectClause() {
    if (projectKeys.isEmpty()) {
      return "";
    }
    return " AND project in (" + String.join(", ", projectKeys) + ")";
  }

  /** Either a request or the field it failed on with a message key. */
  public record Parsed(ReportRequest request, String field, String messageKey) {
    boolean isValid() {
      return request != null;
    }
  }

  public static Parsed parse(List<String> projects, String months) {
    List<String> keys =
        projects == null ? List.of() : projects.stream().map(String::strip).toList();
    if (keys.size() > MAX_PROJECTS) {
      return new Parsed(null, "project", "postmortem.report.error.projects");
    }
    if (keys.stream().anyMatch(key -> !PROJECT_KEY.matcher(key).matches())) {
      return new Parsed(null, "project", "postmortem.report.error.project");
    }
    int window = DEFAULT_MONTHS;
    if (months != null && !months.isBlank()) {
      if (!months.strip().matches("[0-9]{1,3}")) {
        return new Parsed(null, "months", "postmortem.report.error.months");
      }
      window = Integer.parseInt(months.strip());
      if (window < 1 || window > ReportBuilder.MAX_MONTHS) {
        return new Parsed(null, "months", "postmortem.report.error.months");
      }
    }
    return new Parsed(new ReportRequest(keys, window), null, null);
  }
}
