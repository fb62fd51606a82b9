package io.postmortem.jira;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * Collects the i18n keys the app uses and checks them against the bundles. Any Java string literal
 * starting with "postmortem." is taken for an i18n key (one ending in "." for a key prefix), so
 * other strings must not use it.
 */
final class I18nKeys {

  static final String BUNDLE = "i18n/postmortem.properties";
  static final String BUNDLE_DE = "i18n/postmortem_de.properties";

  /**
   * Elements whose key attribute is a message key (on a top-level module, key is the module key).
   */
  private static final Set<String> LABEL_ELEMENTS =
      Set.of("label", "description", "title", "tooltip", "name", "heading", "param-label");

  private static final Pattern JAVA_KEY = Pattern.compile("\"(postmortem\\.[A-Za-z0-9_.\\-]*)\"");
  private static final Pattern TEMPLATE_KEY =
      Pattern.compile("(?:i18n|I18n)\\.getText\\(\\s*[\"']([^\"']+)[\"']");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

  private I18nKeys() {}

  static Set<String> fromDescriptor(PluginDescriptor descriptor) {
    Set<String> keys = new TreeSet<>();
    for (Element e : descriptor.allElements()) {
      if (e.hasAttribute("i18n-name-key")) {
        keys.add(e.getAttribute("i18n-name-key"));
      }
      if (LABEL_ELEMENTS.contains(e.getTagName()) && e.hasAttribute("key")) {
        keys.add(e.getAttribute("key"));
      }
    }
    return keys;
  }

  static Set<String> fromJava(String source) {
    return matches(JAVA_KEY, source);
  }

  static Set<String> fromTemplate(String text) {
    return matches(TEMPLATE_KEY, text);
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> keys = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  /** Keys used in every file below {@code dir} whose name ends with one of the suffixes. */
  static Set<String> fromFiles(
      Path dir, java.util.function.Function<String, Set<String>> extractor, String... suffixes) {
    Set<String> keys = new TreeSet<>();
    if (!Files.isDirectory(dir)) {
      return keys;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && Stream.of(suffixes).anyMatch(name::endsWith)) {
          keys.addAll(extractor.apply(Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  /** Loaded as Jira may load it: Properties.load(InputStream), i.e. ISO-8859-1 plus \\u escapes. */
  static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = I18nKeys.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /**
   * Used keys missing from a bundle; a key ending in "." is a prefix that some key must start with.
   */
  static List<String> missing(Set<String> used, Properties bundle, String bundleName) {
    List<String> missing = new ArrayList<>();
    for (String key : used) {
      boolean present =
          key.endsWith(".")
              ? bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
              : bundle.containsKey(key);
      if (!present) {
        missing.add(key + " is missing from " + bundleName);
      }
    }
    return missing;
  }

  /** Keys only in one bundle, and keys whose messages use different {n} arguments. */
  static List<String> differences(Properties base, Properties translation, String translationName) {
    List<String> problems = new ArrayList<>();
    Set<String> all = new TreeSet<>(base.stringPropertyNames());
    all.addAll(translation.stringPropertyNames());
    for (String key : all) {
      if (!base.containsKey(key)) {
        problems.add(key + " is only in " + translationName);
      } else if (!translation.containsKey(key)) {
        problems.add(key + " is missing from " + translationName);
      } else if (!placeholders(base.getProperty(key))
          .equals(placeholders(translation.getProperty(key)))) {
        problems.add(key + " has other {n} arguments in " + translationName);
      }
    }
    return problems;
  }

  static Set<Integer> placeholders(String message) {
    Set<Integer> indices = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      indices.add(Integer.parseInt(m.group(1)));
    }
    return indices;
  }

  /** Lines with raw non-ASCII characters (they must be \\u escapes, see the bundle header). */
  static List<String> nonAsciiLines(Path file) {
    List<String> lines = new ArrayList<>();
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).chars().anyMatch(c -> c > 127)) {
          lines.add(file.getFileName() + ":" + (i + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
