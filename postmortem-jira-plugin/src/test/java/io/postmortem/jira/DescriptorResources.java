package io.postmortem.jira;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Finds every classpath location atlassian-plugin.xml refers to and reports the ones that do not
 * exist.
 */
final class DescriptorResources {

  private static final Set<String> IMAGE_PARAMS =
      Set.of("plugin-icon", "plugin-logo", "plugin-banner", "vendor-icon", "vendor-logo");

  private static final Set<String> LOCATION_ELEMENTS = Set.of("resource", "gadget");

  private DescriptorResources() {}

  static List<String> locations(PluginDescriptor descriptor) {
    List<String> locations = new ArrayList<>();
    for (Element e : descriptor.allElements()) {
      String tag = e.getTagName();
      // On other elements (web-panel, web-item) "location" is a place in Jira's UI, not a file.
      if (LOCATION_ELEMENTS.contains(tag) && e.hasAttribute("location")) {
        String location = e.getAttribute("location").trim();
        if (location.startsWith("/download/") || location.contains("://")) {
          continue; // a URL served by Jira (e.g. a dashboard-item thumbnail), not a classpath
          // location
        }
        if (tag.equals("resource") && "i18n".equals(e.getAttribute("type"))) {
          location = location.replace('.', '/') + ".properties";
        }
        locations.add(location);
      }
      if (tag.equals("param") && IMAGE_PARAMS.contains(e.getAttribute("name"))) {
        locations.add(e.getTextContent().trim());
      }
      if (tag.equals("view") && !e.getTextContent().isBlank()) {
        locations.add(e.getTextContent().trim());
      }
    }
    return locations;
  }

  static List<String> missing(PluginDescriptor descriptor, ClassLoader loader) {
    List<String> missing = new ArrayList<>();
    for (String location : locations(descriptor)) {
      String path = location.startsWith("/") ? location.substring(1) : location;
      if (loader.getResource(path) == null) {
        missing.add(location);
      }
    }
    return missing;
  }
}
