package io.postmortem.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.postmortem.jira.testing.PluginScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The postmortem scripts share one REST helper (js/postmortem-rest.js) instead of each carrying its
 * own copy: every script that uses it is in a web-resource that loads it first, and no script talks
 * to the REST base or marks refused fields by itself.
 */
public class SharedRestScriptTest {

  private static final String HELPER = "/plugin/js/postmortem-rest.js";
  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern OWN_COPY =
      Pattern.compile("/rest/postmortem/1\\.0|fetch\\(|aria-invalid', 'true'|'Content-Type'");

  @Test
  public void everyScriptUsingTheHelperLoadsItFirst() throws IOException {
    List<String> users = new ArrayList<>();
    for (String key : PluginScripts.webResources()) {
      List<String> scripts = PluginScripts.of(key);
      for (String script : scripts) {
        if (!script.equals(HELPER) && source(script).contains("window.PostmortemRest")) {
          users.add(script);
          assertTrue(key + " loads " + script + " without the helper", scripts.contains(HELPER));
          assertTrue(scripts.indexOf(HELPER) < scripts.indexOf(script));
        }
      }
    }
    assertEquals(
        List.of(
            "/plugin/js/postmortem-panels.js",
            "/plugin/js/postmortem-lifecycle.js",
            "/plugin/js/postmortem-action-item.js",
            "/plugin/js/postmortem-recurrence.js",
            "/plugin/js/postmortem-create.js"),
        users);
  }

  @Test
  public void noPostmortemScriptKeepsItsOwnCopyOfTheRestCalls() throws IOException {
    List<String> copies = new ArrayList<>();
    for (String key : PluginScripts.webResources()) {
      for (String script : PluginScripts.of(key)) {
        if (!script.equals(HELPER)
            && script.startsWith("/plugin/js/postmortem-")
            && OWN_COPY.matcher(source(script)).find()) {
          copies.add(script);
        }
      }
    }
    assertEquals(List.of(), copies);
  }

  private static String source(String script) throws IOException {
    return Files.readString(RESOURCES.resolve(script.substring("/plugin/".length())));
  }
}
