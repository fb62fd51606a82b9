package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The checklist's message keys and their English and German texts stay in step with the code: every
 * key literal in the checklist sources has a text in both languages, with the same arguments, and
 * every text is a valid MessageFormat pattern.
 */
public class MessageKeysTest {

  private static final Path SOURCES = Path.of("src/main/java/io/postmortem/core/checklist");
  private static final Pattern KEY =
      Pattern.compile("\"(postmortem\\.(?:rule|settings)\\.[A-Za-z0-9.\\-]+)\"");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageKeysTest.class.getResourceAsStream(name)) {
      properties.load(in);
    }
    return properties;
  }

  private static Set<String> keysInSources() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file :
          (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
  }

  private static Set<String> arguments(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(message);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  public void everyKeyInTheCodeHasAnEnglishAndAGermanTextAndNoTextIsStale() throws IOException {
    Properties english = load("message-keys.properties");
    Properties german = load("message-keys_de.properties");
    Set<String> used = keysInSources();

    assertEquals(used, english.stringPropertyNames());
    assertEquals(used, german.stringPropertyNames());
  }

  @Test
  public void englishAndGermanTextsTakeTheSameArguments() throws IOException {
    Properties english = load("message-keys.properties");
    Properties german = load("message-keys_de.properties");
    List<String> different = new ArrayList<>();

    for (String key : english.stringPropertyNames()) {
      if (!arguments(english.getProperty(key)).equals(arguments(german.getProperty(key, "")))) {
        different.add(key);
      }
    }

    assertEquals(List.of(), different);
  }

  @Test
  public void everyTextIsAValidPatternForNumericArguments() throws IOException {
    Object[] args = {1, 1, 1, 1, 1, 1, 1, 1, 1};
    for (String bundle : List.of("message-keys.properties", "message-keys_de.properties")) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        String text = new MessageFormat(texts.getProperty(key), Locale.ROOT).format(args);

        assertEquals(key, false, text.contains("{"));
      }
    }
  }

  @Test
  public void rendersTheDueDateExampleAsTheProductPromises() throws IOException {
    String pattern =
        load("message-keys.properties").getProperty("postmortem.rule.due-within-limit.too-late");

    String text =
        new MessageFormat(pattern, Locale.ENGLISH)
            .format(
                new Object[] {"OPS-12", "Alert on queue depth", "2027-02-14", 44L, 30, 1, 0, 1});

    assertEquals(
        "OPS-12 'Alert on queue depth' is due 2027-02-14, 44 days after the postmortem; High"
            + " short-term items must be due within 30 days.",
        text);
  }
}
