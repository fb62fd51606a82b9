package io.postmortem.jira.web;

import static org.junit.Assert.assertTrue;

import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.checklist.RuleOutcome;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * Static checks of the panel templates and script: every method a template calls is in the web
 * velocity allowlist (Jira 10.5+ refuses the call otherwise), and every word they show is in both
 * bundles.
 */
public class WebTemplatesTest {

  private static final Pattern CALL = Pattern.compile("\\$!?\\{?(\\w+)\\.(\\w+)\\(");
  private static final Pattern LOOP =
      Pattern.compile("#foreach\\(\\$(\\w+) in \\$(\\w+)\\.(\\w+)\\(\\)\\)");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("getText\\(\"([^\"$]+)\"");
  private static final Pattern SCRIPT_KEY = Pattern.compile("AJS\\.I18n\\.getText\\('([^']+)'\\)");

  @Test
  public void everyMethodATemplateCallsIsAllowlisted() throws Exception {
    Set<String> allowed = allowlist();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Class<?>> template :
        Map.<String, Class<?>>of(
                PanelTemplates.POSTMORTEM, PostmortemPanelView.class,
                PanelTemplates.REMEDIATION, RemediationPanelView.class)
            .entrySet()) {
      String text = resource(template.getKey());
      Map<String, Class<?>> variables = new HashMap<>();
      variables.put("view", template.getValue());
      variables.put("i18n", I18nHelper.class);
      Matcher loop = LOOP.matcher(text);
      while (loop.find()) {
        Method list = variables.get(loop.group(2)).getMethod(loop.group(3));
        Class<?> element =
            (Class<?>)
                ((ParameterizedType) list.getGenericReturnType()).getActualTypeArguments()[0];
        variables.put(loop.group(1), element);
      }
      Matcher call = CALL.matcher(text);
      while (call.find()) {
        Class<?> type = variables.get(call.group(1));
        assertTrue("unknown template variable $" + call.group(1), type != null);
        Method method =
            Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(call.group(2)))
                .min((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
                .orElseThrow(() -> new AssertionError(type + " has no " + call.group(2)));
        String signature =
            type.getName()
                + "#"
                + method.getName()
                + "("
                + Arrays.stream(method.getParameterTypes())
                    .map(Class::getName)
                    .collect(Collectors.joining(","))
                + ")";
        if (!allowed.contains(signature)) {
          missing.add(signature);
        }
      }
    }
    assertTrue("not in the web velocity allowlist: " + missing, missing.isEmpty());
  }

  @Test
  public void everyWordOfThePanelsIsInBothBundles() throws IOException {
    Set<String> keys = new HashSet<>();
    for (String template : List.of(PanelTemplates.POSTMORTEM, PanelTemplates.REMEDIATION)) {
      keys.addAll(matches(TEMPLATE_KEY, resource(template)));
    }
    keys.addAll(matches(SCRIPT_KEY, resource("js/postmortem-panels.js")));
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

  private static Set<String> allowlist() throws IOException {
    String descriptor = resource("atlassian-plugin.xml");
    int start = descriptor.indexOf("<velocity-allowlist key=\"postmortem-web-allowlist\"");
    int end = descriptor.indexOf("</velocity-allowlist>", start);
    return new HashSet<>(
        matches(Pattern.compile("<method>([^<]+)</method>"), descriptor.substring(start, end)));
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
