package io.postmortem.jira.templates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Jira 10+ refuses template method calls that no velocity allowlist names. This test reads every
 * template under src/main/resources/templates, resolves each {@code $variable.method(...)} call
 * through the variable's type declared in the template's header comment ({@code ## $name type}),
 * or, for a {@code #foreach} variable, the element type of the list it iterates, and checks that a
 * {@code <velocity-allowlist>} module of atlassian-plugin.xml names that method. That every entry
 * names a real method is {@link io.postmortem.jira.VelocityAllowlistTest}'s job.
 */
public class TemplateCallsAllowlistedTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path DESCRIPTOR = Path.of("src/main/resources/atlassian-plugin.xml");
  private static final Pattern HEADER =
      Pattern.compile("^##\\s+\\$([A-Za-z_][A-Za-z0-9_]*)\\s+([A-Za-z_][A-Za-z0-9_.]*)");
  private static final Pattern ELEMENT =
      Pattern.compile("(?:\\bof\\s+|<)([A-Za-z_][A-Za-z0-9_.]*)");
  private static final Pattern FOREACH =
      Pattern.compile(
          "#foreach\\s*\\(\\s*\\$([A-Za-z_][A-Za-z0-9_]*)\\s+in\\s+\\$([A-Za-z_][A-Za-z0-9_]*)"
              + "(?:\\.([A-Za-z_][A-Za-z0-9_]*)\\(\\))?\\s*\\)");
  private static final Pattern CALL =
      Pattern.compile("\\$!?\\{?([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\(");

  /** Allowlisted by Jira itself for every plugin: the i18n helper Jira puts into templates. */
  private static final Set<String> JIRA_GLOBAL =
      Set.of(
          "com.atlassian.jira.util.I18nHelper#getText(java.lang.String)",
          "com.atlassian.jira.util.I18nHelper#getText(java.lang.String java.lang.String)",
          "com.atlassian.jira.util.I18nHelper#getText(java.lang.String java.lang.String"
              + " java.lang.String)");

  @Test
  public void everyMethodATemplateCallsIsAllowlisted() throws Exception {
    Set<String> allowed = new TreeSet<>(allowlistEntries());
    allowed.addAll(JIRA_GLOBAL);
    List<String> problems = new ArrayList<>();
    int calls = 0;
    for (Path template : templates()) {
      List<String> lines = Files.readAllLines(template);
      Map<String, String> types = declaredTypes(lines);
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n);
        if (line.startsWith("##")) {
          continue;
        }
        Matcher call = CALL.matcher(line);
        while (call.find()) {
          calls++;
          String where = TEMPLATES.relativize(template) + ":" + (n + 1);
          String type = types.get(call.group(1));
          if (type == null) {
            problems.add(where + " $" + call.group(1) + " has no type in the header comment");
            continue;
          }
          int arity = arity(line, call.end());
          List<String> candidates = signatures(type, call.group(2), arity);
          if (candidates.isEmpty()) {
            problems.add(where + " " + type + " has no public " + call.group(2) + "/" + arity);
          } else if (candidates.stream().noneMatch(allowed::contains)) {
            problems.add(where + " not allowlisted: " + candidates);
          }
        }
      }
    }
    assertFalse("no template calls found: is the template folder right?", calls == 0);
    assertEquals(List.of(), problems);
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".vm")).sorted().toList();
    }
  }

  private static Map<String, String> declaredTypes(List<String> lines) {
    Map<String, String> types = new HashMap<>();
    Map<String, String> elements = new HashMap<>();
    for (String line : lines) {
      Matcher header = HEADER.matcher(line);
      if (header.find()) {
        types.put(header.group(1), qualified(header.group(2)));
        Matcher element = ELEMENT.matcher(line.substring(header.end()));
        if (element.find()) {
          elements.put(header.group(1), qualified(element.group(1)));
        }
      }
    }
    // Loop variables: the element type of the listed variable, or of the method's List result.
    for (int pass = 0; pass < 3; pass++) {
      for (String line : lines) {
        Matcher loop = FOREACH.matcher(line);
        while (loop.find()) {
          String element =
              loop.group(3) == null
                  ? elements.get(loop.group(2))
                  : elementType(types.get(loop.group(2)), loop.group(3));
          if (element != null) {
            types.putIfAbsent(loop.group(1), element);
          }
        }
      }
    }
    return types;
  }

  private static String qualified(String type) {
    return type.contains(".") ? type : "java.lang." + type;
  }

  /** The type argument of a no-argument method's generic return type, e.g. List of X: X. */
  private static String elementType(String owner, String method) {
    if (owner == null) {
      return null;
    }
    try {
      java.lang.reflect.Type returned =
          Class.forName(owner).getMethod(method).getGenericReturnType();
      if (returned instanceof java.lang.reflect.ParameterizedType list
          && list.getActualTypeArguments().length == 1
          && list.getActualTypeArguments()[0] instanceof Class<?> element) {
        return element.getName();
      }
    } catch (ReflectiveOperationException e) {
      return null;
    }
    return null;
  }

  /** The number of top-level arguments of the call whose "(" ends right before {@code from}. */
  private static int arity(String line, int from) {
    int depth = 0;
    int commas = 0;
    boolean any = false;
    boolean quoted = false;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (quoted) {
        any = true;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return any ? commas + 1 : 0;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        commas++;
      } else if (!Character.isWhitespace(c)) {
        any = true;
      }
    }
    throw new IllegalStateException("unclosed call in: " + line);
  }

  private static List<String> signatures(String type, String name, int arity) {
    try {
      Class<?> cls = Class.forName(type);
      return Arrays.stream(cls.getMethods())
          .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
          .filter(m -> Modifier.isPublic(m.getModifiers()))
          .map(m -> signature(cls, m))
          .collect(Collectors.toList());
    } catch (ClassNotFoundException e) {
      return List.of();
    }
  }

  private static String signature(Class<?> cls, Method method) {
    return cls.getName()
        + "#"
        + method.getName()
        + "("
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getName)
            .collect(Collectors.joining(" "))
        + ")";
  }

  private static List<String> allowlistEntries() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    Document descriptor = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile());
    NodeList lists = descriptor.getElementsByTagName("velocity-allowlist");
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < lists.getLength(); i++) {
      NodeList methods = ((org.w3c.dom.Element) lists.item(i)).getElementsByTagName("method");
      for (int j = 0; j < methods.getLength(); j++) {
        entries.add(methods.item(j).getTextContent().trim());
      }
    }
    return entries;
  }
}
