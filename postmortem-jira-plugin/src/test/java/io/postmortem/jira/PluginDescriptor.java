package io.postmortem.jira;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The parsed atlassian-plugin.xml as the integrity tests see it: top-level modules, all elements.
 */
final class PluginDescriptor {
  static final String LOCATION = "atlassian-plugin.xml";

  private final Element root;

  private PluginDescriptor(Document document) {
    this.root = document.getDocumentElement();
  }

  /** The descriptor as packaged: filtered, from the test classpath (target/classes). */
  static PluginDescriptor shipped() {
    try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream(LOCATION)) {
      if (in == null) {
        throw new IllegalStateException(LOCATION + " is not on the classpath");
      }
      return new PluginDescriptor(builder().parse(in));
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("cannot parse " + LOCATION, e);
    }
  }

  static PluginDescriptor of(String xml) {
    try {
      return new PluginDescriptor(builder().parse(new InputSource(new StringReader(xml))));
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new IllegalArgumentException("cannot parse descriptor", e);
    }
  }

  private static javax.xml.parsers.DocumentBuilder builder() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder();
  }

  Element root() {
    return root;
  }

  List<Element> modules() {
    return children(root);
  }

  /** Every element below the root, depth first, the root excluded. */
  List<Element> allElements() {
    List<Element> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        children.add((Element) n);
      }
    }
    return children;
  }

  private static void collect(Element parent, List<Element> into) {
    for (Element child : children(parent)) {
      into.add(child);
      collect(child, into);
    }
  }
}
