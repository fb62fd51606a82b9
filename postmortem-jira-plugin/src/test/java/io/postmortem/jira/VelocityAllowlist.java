package io.postmortem.jira;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Checks the velocity-allowlist entries. Jira silently blocks a template call whose entry is
 * misspelt, so the named public method must exist with exactly those parameter types. A plugin may
 * allowlist only its own classes (Jira allowlists its own, such as {@code $i18n.getText}, for every
 * plugin; codescape/jira-scrum-poker on 11.3 calls it without an entry), so an entry naming any
 * other class is refused.
 */
final class VelocityAllowlist {

  private static final Pattern ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.$\\[\\] ]*)\\)");
  private static final String OURS = "io.postmortem.";

  private VelocityAllowlist() {}

  static List<String> entries(PluginDescriptor descriptor) {
    List<String> entries = new ArrayList<>();
    for (Element module : descriptor.modules()) {
      if (module.getTagName().equals("velocity-allowlist")) {
        for (Element method : PluginDescriptor.children(module)) {
          if (method.getTagName().equals("method")) {
            entries.add(method.getTextContent().trim());
          }
        }
      }
    }
    return entries;
  }

  static List<String> problems(PluginDescriptor descriptor, ClassLoader loader) {
    List<String> problems = new ArrayList<>();
    for (String entry : entries(descriptor)) {
      Matcher m = ENTRY.matcher(entry);
      if (!m.matches()) {
        problems.add(
            entry + ": not of the form fully.qualified.Class#method(param.Type other.Type)");
      } else if (!m.group(1).startsWith(OURS)) {
        problems.add(entry + ": not a class of this plugin");
      } else if (!exists(m, loader)) {
        problems.add(entry + ": no such public method");
      }
    }
    return problems;
  }

  private static boolean exists(Matcher entry, ClassLoader loader) {
    List<String> params =
        entry.group(3).isBlank() ? List.of() : Arrays.asList(entry.group(3).trim().split("\\s+"));
    try {
      for (Method method : Class.forName(entry.group(1), false, loader).getMethods()) {
        List<String> types =
            Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).toList();
        if (method.getName().equals(entry.group(2)) && types.equals(params)) {
          return true;
        }
      }
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    return false;
  }
}
