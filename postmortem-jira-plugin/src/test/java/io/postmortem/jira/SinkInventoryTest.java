package io.postmortem.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Keeps docs/security.md's sink table true (issue 9.1): every sink named by the issue has a row,
 * every row names a test that exists, and the count the page states is the count of rows. A test
 * renamed or deleted, or a sink dropped from the page, fails here instead of leaving a claim nobody
 * checks.
 */
public class SinkInventoryTest {

  private static final Path PAGE = Path.of("../docs/security.md");
  private static final Pattern ROW =
      Pattern.compile("^\\| ([^|]+?) \\| [^|]+ \\| `([\\w.]+)#(\\w+)` \\|$", Pattern.MULTILINE);

  /** The sinks issue 9 point 1 names, as the table's first column starts. */
  private static final List<String> REQUIRED =
      List.of(
          "postmortem panel: item rows",
          "postmortem panel: checklist messages",
          "postmortem panel: incident rows",
          "remediation panel",
          "incident panel",
          "recurrence panel",
          "REST",
          "checklist validator refusal",
          "incident validator refusal",
          "dashboard rows",
          "dashboard counts",
          "digests",
          "JQL function results");

  @Test
  public void everySinkHasARowWhoseTestExistsAndThePageStatesTheCount() throws Exception {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    Map<String, String> tests = rows(page);
    List<String> missing = new ArrayList<>();

    for (Map.Entry<String, String> row : tests.entrySet()) {
      String[] test = row.getValue().split("#");
      if (!isTest(test[0], test[1])) {
        missing.add(row.getKey() + " -> " + row.getValue());
      }
    }

    System.out.printf("Sink inventory: %d sinks, each with a test%n", tests.size());
    assertEquals("tests named in docs/security.md that do not exist", List.of(), missing);
    for (String sink : REQUIRED) {
      assertTrue(
          "no row for " + sink, tests.keySet().stream().anyMatch(name -> name.startsWith(sink)));
    }
    assertTrue(
        "the page states the count",
        page.contains("**" + tests.size() + " sinks, each with a test"));
  }

  private static Map<String, String> rows(String page) {
    Map<String, String> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(page);
    while (row.find()) {
      rows.put(row.group(1), row.group(2) + "#" + row.group(3));
    }
    return rows;
  }

  private static boolean isTest(String relativeClass, String method) {
    try {
      Class<?> type = Class.forName("io.postmortem.jira." + relativeClass);
      Method found = type.getMethod(method);
      return found.isAnnotationPresent(Test.class);
    } catch (ClassNotFoundException | NoSuchMethodException gone) {
      return false;
    }
  }
}
