package io.postmortem.jira.templates;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The "required" marker (AUI's {@code icon-required} in the field's label) is on exactly the fields
 * the form requires: a user who sees the asterisk must fill the field, and a field the server
 * refuses when empty carries the asterisk. Checked on every template's source.
 */
public class RequiredMarkersTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern LABEL =
      Pattern.compile("<label for=\"([^\"]+)\">(.*?)</label>", Pattern.DOTALL);
  private static final Pattern CONTROL = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
  private static final Pattern REQUIRED = Pattern.compile("\\srequired(\\s|$)");

  @Test
  public void everyRequiredFieldAndOnlyARequiredFieldIsMarkedInItsLabel() throws IOException {
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".vm")).sorted().toList()) {
        wrong.addAll(
            check(
                TEMPLATES.relativize(file).toString(),
                Files.readString(file, StandardCharsets.UTF_8)));
      }
    }

    assertEquals(List.of(), wrong);
  }

  private static List<String> check(String name, String template) {
    Map<String, String> labels = new HashMap<>();
    Matcher label = LABEL.matcher(template);
    while (label.find()) {
      labels.put(label.group(1), label.group(2));
    }
    List<String> wrong = new ArrayList<>();
    Matcher control = CONTROL.matcher(template);
    while (control.find()) {
      String attributes = control.group(2) + " ";
      boolean required = REQUIRED.matcher(attributes).find();
      Matcher id = ID.matcher(attributes);
      if (!id.find()) {
        if (required) {
          wrong.add(name + ": a required field without an id, so no label can mark it");
        }
        continue;
      }
      String text = labels.get(id.group(1));
      boolean marked = text != null && text.contains("icon-required");
      if (required != marked) {
        wrong.add(
            name
                + ": "
                + id.group(1)
                + (required ? " is required but unmarked" : " is marked but optional"));
      }
    }
    return wrong;
  }
}
