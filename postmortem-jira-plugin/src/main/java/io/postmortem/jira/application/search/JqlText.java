package io.postmortem.jira.application.search;

/**
 * Quotes user input for a JQL string so it can never change the query's structure (JQL injection),
 * e.g. a component called {@code Payments" OR project = SECRET}.
 */
public final class JqlText {
  private JqlText() {}

  public static String quote(String value) {
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\');
      }
      if (c == '\n' || c == '\r' || c == '\t') {
        quoted.append(' ');
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
