package io.postmortem.jira.web;

import static org.junit.Assert.assertTrue;

import io.postmortem.core.checklist.RuleOutcome;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.Test;

/**
 * Every panel label the builders make from an enum value or a rule outcome ({@code
 * "postmortem.panel.horizon." + name}) is in both bundles. Keys written out in the templates,
 * scripts and Java are {@code I18nBundleIntegrityTest}'s; it sees only the prefix of these.
 */
public class WebTemplatesTest {

  @Test
  public void everyLabelBuiltFromAnEnumValueOrOutcomeIsInBothBundles() throws IOException {
    Set<String> keys = new HashSet<>();
    for (Enum<?> value : enumValues()) {
      keys.add(labelKey(value));
    }
    for (RuleOutcome outcome : RuleOutcome.values()) {
      keys.add("postmortem.panel.outcome." + outcome.name());
    }
    Properties en = bundle("i18n/postmortem.properties");
    Properties de = bundle("i18n/postmortem_de.properties");
    List<String> missing =
        keys.stream().filter(k -> !en.containsKey(k) || !de.containsKey(k)).sorted().toList();
    assertTrue("missing in a bundle: " + missing, missing.isEmpty());
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

  private static Properties bundle(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = WebTemplatesTest.class.getResourceAsStream("/" + path)) {
      properties.load(in);
    }
    return properties;
  }
}
