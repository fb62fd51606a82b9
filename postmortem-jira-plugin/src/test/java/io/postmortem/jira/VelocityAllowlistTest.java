package io.postmortem.jira;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** Template calls into our classes are allowlisted with entries that name real methods. */
public class VelocityAllowlistTest {

  private static final ClassLoader LOADER = VelocityAllowlistTest.class.getClassLoader();
  private static final String VIEW = ViewFixture.class.getName();

  @Test
  public void shippedAllowlistNamesOnlyExistingMethods() {
    List<String> problems = VelocityAllowlist.problems(PluginDescriptor.shipped(), LOADER);

    assertEquals(List.of(), problems);
  }

  @Test
  public void acceptsEntriesForExistingMethodsOfOurClasses() {
    PluginDescriptor descriptor =
        allowlist(VIEW + "#getTitle()", VIEW + "#format(java.lang.String int)");

    List<String> problems = VelocityAllowlist.problems(descriptor, LOADER);

    assertEquals(List.of(), problems);
  }

  @Test
  public void refusesEntriesForJiraClassesBecauseAPluginMayAllowlistOnlyItsOwn() {
    PluginDescriptor descriptor =
        allowlist(
            "com.atlassian.jira.util.I18nHelper#getText(java.lang.String)",
            "com.atlassian.jira.issue.IssueImpl#getStatus()");

    List<String> problems = VelocityAllowlist.problems(descriptor, LOADER);

    assertEquals(
        List.of(
            "com.atlassian.jira.util.I18nHelper#getText(java.lang.String): not a class of this"
                + " plugin",
            "com.atlassian.jira.issue.IssueImpl#getStatus(): not a class of this plugin"),
        problems);
  }

  @Test
  public void reportsMisspeltMethodWrongParametersAndBadSyntax() {
    PluginDescriptor descriptor =
        allowlist(VIEW + "#getTitel()", VIEW + "#format(java.lang.String)", VIEW + ".getTitle");

    List<String> problems = VelocityAllowlist.problems(descriptor, LOADER);

    assertEquals(
        List.of(
            VIEW + "#getTitel(): no such public method",
            VIEW + "#format(java.lang.String): no such public method",
            VIEW
                + ".getTitle: not of the form fully.qualified.Class#method(param.Type"
                + " other.Type)"),
        problems);
  }

  private static PluginDescriptor allowlist(String... methods) {
    StringBuilder xml =
        new StringBuilder("<atlassian-plugin key=\"k\"><velocity-allowlist key=\"a\">");
    for (String method : methods) {
      xml.append("<method>").append(method).append("</method>");
    }
    return PluginDescriptor.of(xml.append("</velocity-allowlist></atlassian-plugin>").toString());
  }

  public static final class ViewFixture {
    public String getTitle() {
      return "title";
    }

    public String format(String pattern, int count) {
      return pattern + count;
    }
  }
}
