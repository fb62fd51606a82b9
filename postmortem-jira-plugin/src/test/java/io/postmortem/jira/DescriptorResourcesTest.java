package io.postmortem.jira;

import static org.hamcrest.CoreMatchers.hasItems;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/**
 * Every template, image, i18n bundle and web resource named in atlassian-plugin.xml is on the
 * classpath.
 */
public class DescriptorResourcesTest {

  private static final ClassLoader LOADER = DescriptorResourcesTest.class.getClassLoader();

  @Test
  public void shippedDescriptorNamesOnlyExistingResources() {
    List<String> missing = DescriptorResources.missing(PluginDescriptor.shipped(), LOADER);

    assertEquals(List.of(), missing);
  }

  @Test
  public void shippedDescriptorPointsAtTheBundleIconAndLogo() {
    List<String> locations = DescriptorResources.locations(PluginDescriptor.shipped());

    assertThat(
        locations,
        hasItems(
            "i18n/postmortem.properties",
            "images/postmortem-icon-16.png",
            "images/postmortem-logo-144.png"));
  }

  @Test
  public void reportsTemplateAndWebworkViewThatDoNotExistButNotUiLocations() {
    PluginDescriptor descriptor =
        PluginDescriptor.of(
            "<atlassian-plugin key=\"k\"><web-panel key=\"p\""
                + " location=\"atl.jira.view.issue.right.context\"><resource type=\"velocity\""
                + " name=\"view\" location=\"templates/web/missing.vm\"/></web-panel>"
                + "<webwork1 key=\"a\"><actions><action name=\"X\" alias=\"X\"><view"
                + " name=\"success\">/templates/admin/missing.vm</view></action></actions>"
                + "</webwork1><resource type=\"i18n\" name=\"i18n\" location=\"i18n.postmortem\"/>"
                + "</atlassian-plugin>");

    List<String> missing = DescriptorResources.missing(descriptor, LOADER);

    assertEquals(List.of("templates/web/missing.vm", "/templates/admin/missing.vm"), missing);
  }
}
