package io.postmortem.jira;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Element;

/**
 * What each module type of atlassian-plugin.xml requires of the classes it names. A module type
 * that is not in {@link #RULES} is reported, so a new kind of module cannot slip past the check:
 * add its row here first.
 */
final class DescriptorClassRules {

  /** Where a class name sits inside a module and which type(s) it must be (any one of them). */
  record ClassSlot(String path, List<String> requiredTypes) {
    static ClassSlot at(String path, String... requiredTypes) {
      return new ClassSlot(path, Arrays.asList(requiredTypes));
    }
  }

  private static final String CONDITION = "com.atlassian.plugin.web.Condition";
  private static final String CONTEXT_PROVIDER = "com.atlassian.plugin.web.ContextProvider";

  /**
   * Module type -> class slots. A path is "@attr" on the module, "child@attr",
   * "child/grandchild@attr" or "child#text"; "**condition@class" matches condition elements at any
   * depth.
   */
  static final Map<String, List<ClassSlot>> RULES = new TreeMap<>();

  static {
    rule("plugin-info");
    rule("resource");
    rule("rest-migration");
    rule("velocity-allowlist");
    // Resources of a REST module are found by @Path; RestResourceAccessTest checks their access
    // annotations.
    rule("rest");
    rule(
        "ao",
        ClassSlot.at("entity#text", "net.java.ao.RawEntity"),
        ClassSlot.at(
            "upgradeTask#text", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask"));
    rule(
        "workflow-validator",
        ClassSlot.at("@class", "com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory"),
        ClassSlot.at("validator-class#text", "com.opensymphony.workflow.Validator"));
    rule(
        "workflow-condition",
        ClassSlot.at("@class", "com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory"),
        ClassSlot.at("condition-class#text", "com.opensymphony.workflow.Condition"));
    rule(
        "workflow-function",
        ClassSlot.at("@class", "com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory"),
        ClassSlot.at("function-class#text", "com.opensymphony.workflow.FunctionProvider"));
    rule(
        "web-panel",
        ClassSlot.at("@class", "com.atlassian.plugin.web.model.WebPanel"),
        ClassSlot.at("context-provider@class", CONTEXT_PROVIDER),
        ClassSlot.at("**condition@class", CONDITION));
    rule(
        "web-item",
        ClassSlot.at("context-provider@class", CONTEXT_PROVIDER),
        ClassSlot.at("**condition@class", CONDITION));
    rule("web-section", ClassSlot.at("**condition@class", CONDITION));
    rule(
        "web-resource",
        ClassSlot.at(
            "**condition@class",
            "com.atlassian.plugin.web.Condition",
            "com.atlassian.webresource.spi.condition.UrlReadingCondition"));
    rule(
        "dashboard-item",
        ClassSlot.at("context-provider@class", CONTEXT_PROVIDER),
        ClassSlot.at("**condition@class", CONDITION));
    rule(
        "jql-function",
        ClassSlot.at("@class", "com.atlassian.jira.plugin.jql.function.JqlFunction"));
    rule(
        "webwork1",
        ClassSlot.at("actions/action@name", "com.atlassian.jira.web.action.JiraWebActionSupport"));
    rule("servlet", ClassSlot.at("@class", "jakarta.servlet.http.HttpServlet"));
    rule("servlet-filter", ClassSlot.at("@class", "jakarta.servlet.Filter"));
    rule(
        "issue-tabpanel",
        ClassSlot.at(
            "@class",
            "com.atlassian.jira.plugin.issuetabpanel.IssueTabPanel",
            "com.atlassian.jira.plugin.issuetabpanel.IssueTabPanel2",
            "com.atlassian.jira.plugin.issuetabpanel.IssueTabPanel3"));
  }

  private static void rule(String moduleType, ClassSlot... slots) {
    RULES.put(moduleType, List.of(slots));
  }

  private DescriptorClassRules() {}

  /** Every problem found: unknown module types, missing classes, classes of the wrong type. */
  static List<String> check(PluginDescriptor descriptor, ClassLoader loader) {
    List<String> problems = new ArrayList<>();
    for (Element module : descriptor.modules()) {
      String type = module.getTagName();
      String where = type + " '" + module.getAttribute("key") + "'";
      List<ClassSlot> slots = RULES.get(type);
      if (slots == null) {
        problems.add(
            "unknown module type <"
                + type
                + ">: add what its classes must implement to DescriptorClassRules.RULES");
        continue;
      }
      for (ClassSlot slot : slots) {
        for (String className : valuesAt(module, slot.path())) {
          problems.addAll(checkClass(where, className, slot.requiredTypes(), loader));
        }
      }
    }
    for (Element element : descriptor.allElements()) {
      if (element.hasAttribute("class")) {
        problems.addAll(checkLoadable(element, element.getAttribute("class"), loader));
      }
      if (element.getTagName().endsWith("-class")) {
        problems.addAll(checkLoadable(element, element.getTextContent().trim(), loader));
      }
    }
    return new ArrayList<>(new LinkedHashSet<>(problems));
  }

  private static List<String> checkLoadable(Element element, String className, ClassLoader loader) {
    try {
      Class.forName(className, false, loader);
      return List.of();
    } catch (ClassNotFoundException | LinkageError e) {
      return List.of(
          "<"
              + element.getTagName()
              + "> names "
              + className
              + ", which does not exist"
              + hint(className));
    }
  }

  /**
   * Jira's own classes (e.g. built-in conditions) are checked against stand-ins like every other
   * API type.
   */
  private static String hint(String className) {
    return className.startsWith("com.atlassian.")
        ? " (a Jira class: add a stand-in and its row in atlassian-stand-ins/SOURCES.md)"
        : "";
  }

  private static List<String> checkClass(
      String where, String className, List<String> requiredTypes, ClassLoader loader) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return List.of(where + " names " + className + ", which does not exist" + hint(className));
    }
    Set<String> supertypes = supertypeNames(type);
    if (requiredTypes.stream().noneMatch(supertypes::contains)) {
      return List.of(where + ": " + className + " must be a " + String.join(" or ", requiredTypes));
    }
    return List.of();
  }

  /** Names, not Class objects: a required Jira type need not have a stand-in to be checked. */
  static Set<String> supertypeNames(Class<?> type) {
    Set<String> names = new LinkedHashSet<>();
    List<Class<?>> todo = new ArrayList<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> current = todo.remove(0);
      if (current == null || !names.add(current.getName())) {
        continue;
      }
      todo.add(current.getSuperclass());
      todo.addAll(Arrays.asList(current.getInterfaces()));
    }
    return names;
  }

  static List<String> valuesAt(Element module, String path) {
    List<String> values = new ArrayList<>();
    boolean anyDepth = path.startsWith("**");
    String rest = anyDepth ? path.substring(2) : path;
    boolean text = rest.contains("#");
    String[] split = rest.split(text ? "#" : "@", 2);
    String elementPath = split[0];
    String attribute = split[1];
    List<Element> targets = new ArrayList<>();
    if (elementPath.isEmpty()) {
      targets.add(module);
    } else if (anyDepth) {
      collectByName(module, elementPath, targets);
    } else {
      List<Element> current = List.of(module);
      for (String step : elementPath.split("/")) {
        List<Element> next = new ArrayList<>();
        for (Element e : current) {
          for (Element child : PluginDescriptor.children(e)) {
            if (child.getTagName().equals(step)) {
              next.add(child);
            }
          }
        }
        current = next;
      }
      targets.addAll(current);
    }
    for (Element target : targets) {
      String value = text ? target.getTextContent().trim() : target.getAttribute(attribute).trim();
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }

  private static void collectByName(Element parent, String name, List<Element> into) {
    for (Element child : PluginDescriptor.children(parent)) {
      if (child.getTagName().equals(name)) {
        into.add(child);
      }
      collectByName(child, name, into);
    }
  }
}
