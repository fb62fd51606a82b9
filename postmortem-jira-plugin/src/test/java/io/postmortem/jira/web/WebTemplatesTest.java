package io.postmortem.jira.web;

import static org.junit.Assert.assertTrue;

import io.postmortem.core.checklist.RuleOutcome;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Every word the panel templates and script show, and every label the builders look up, is in both
 * bundles (TemplateCallsAllowlistedTest checks the templates' method calls).
 */
public class WebTemplatesTest {

  private static final Pattern TEMPLATE_KEY = Pattern.compile("getText\\(\"([^\"$]+)\"");
  private static final Pattern SCRIPT_KEY = Pattern.compile("AJS\\.I18n\\.getText\\('([^']+)'\\)");

  @Test
  public void everyWordOfThePanelsIsInBothBundles() throws IOException {
    Set<String> keys = new HashSet<>();
    for (String template :
        List.of(
            PanelTemplates.POSTMORTEM,
            PanelTemplates.REMEDIATION,
            PanelTemplates.LIFECYCLE,
            PanelTemplates.RECURRENCE)) {
      keys.addAll(matches(TEMPLATE_KEY, resource(template)));
    }
    keys.addAll(matches(SCRIPT_KEY, resource("js/postmortem-panels.js")));
    keys.addAll(matches(SCRIPT_KEY, resource("js/postmortem-lifecycle.js")));
    keys.addAll(matches(SCRIPT_KEY, resource("js/postmortem-rest.js")));
    for (Enum<?> value : enumValues()) {
      keys.add(labelKey(value));
    }
    for (RuleOutcome outcome : RuleOutcome.values()) {
      keys.add("postmortem.panel.outcome." + outcome.name());
    }
    keys.addAll(
        List.of(
            "postmortem.panel.duration",
            "postmortem.panel.incident.unresolved",
            "postmortem.panel.item.done",
            "postmortem.panel.item.open",
            "postmortem.panel.item.unassigned",
            "postmortem.panel.remediation.confirmed-by"));
    Properties en = bundle("i18n/postmortem.properties");
    Properties de = bundle("i18n/postmortem_de.properties");
    List<String> missing =
        keys.stream().filter(k -> !en.containsKey(k) || !de.containsKey(k)).sorted().toList();
    assertTrue("missing in a bundle: " + missing, missing.isEmpty());
    assertTrue("the script uses bundle words", keys.contains("postmortem.panel.js.saved"));
  }

  private static List<Enum<?>> enumValues() {
    List<Enum<?>> values = new ArrayList<>();
    values.addAll(List.of(Severity.values()));
    values.addAll(List.of(PriorityLevel.values()));
    values.addAll(List.of(Horizon.values()));
    values.addAll(List.of(TimelineEventKind.values()));
    return values;
  }

  private static String labelKey(Enum<?> value) {
    String group =
        switch (value.getDeclaringClass().getSimpleName()) {
          case "Severity" -> "severity";
          case "PriorityLevel" -> "priority";
          case "Horizon" -> "horizon";
          default -> "kind";
        };
    return "postmortem.panel." + group + "." + value.name();
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1).trim());
    }
    return found;
  }

  private static Properties bundle(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = WebTemplatesTest.class.getResourceAsStream("/" + path)) {
      properties.load(in);
    }
    return properties;
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = WebTemplatesTest.class.getResourceAsStream("/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
