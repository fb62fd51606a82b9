package io.postmortem.jira.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The scripts Jira loads for one of our web-resources, in the order it loads them: the scripts of
 * the web-resources of this plugin it depends on first (recursively), then its own. Browser tests
 * take their page's scripts from here instead of listing them by hand, so a script whose
 * web-resource forgets a dependency fails its browser test as it would fail in Jira.
 */
public final class PluginScripts {

  private static final String PLUGIN_KEY = "io.postmortem.postmortem-jira-plugin";
  private static final Document DESCRIPTOR = descriptor();

  private PluginScripts() {}

  /**
   * Paths under the browser's {@code /plugin/} root, e.g. {@code /plugin/js/postmortem-rest.js}.
   */
  public static List<String> of(String... webResourceKeys) {
    Set<String> scripts = new LinkedHashSet<>();
    for (String key : webResourceKeys) {
      collect(key, scripts);
    }
    return List.copyOf(scripts);
  }

  /** The keys of every web-resource of the descriptor. */
  public static List<String> webResources() {
    List<String> keys = new ArrayList<>();
    NodeList resources = DESCRIPTOR.getElementsByTagName("web-resource");
    for (int i = 0; i < resources.getLength(); i++) {
      keys.add(((Element) resources.item(i)).getAttribute("key"));
    }
    return keys;
  }

  private static void collect(String key, Set<String> scripts) {
    Element resource = webResource(key);
    for (Element dependency : children(resource, "dependency")) {
      String target = dependency.getTextContent().trim();
      if (target.startsWith(PLUGIN_KEY + ":")) {
        collect(target.substring(PLUGIN_KEY.length() + 1), scripts);
      }
    }
    for (Element download : children(resource, "resource")) {
      String location = download.getAttribute("location");
      if ("download".equals(download.getAttribute("type")) && location.endsWith(".js")) {
        scripts.add("/plugin/" + location);
      }
    }
  }

  private static Element webResource(String key) {
    NodeList resources = DESCRIPTOR.getElementsByTagName("web-resource");
    for (int i = 0; i < resources.getLength(); i++) {
      Element resource = (Element) resources.item(i);
      if (key.equals(resource.getAttribute("key"))) {
        return resource;
      }
    }
    throw new IllegalArgumentException("no web-resource " + key + " in atlassian-plugin.xml");
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  /** The descriptor as packaged (filtered: the plugin key is written out), from target/classes. */
  private static Document descriptor() {
    try (InputStream in =
        PluginScripts.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("cannot read atlassian-plugin.xml", e);
    }
  }
}
