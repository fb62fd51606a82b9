package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Stand-in for the Jira 11.3 type of the same name (compile-only, never packaged).
 *
 * <p>Source: cures-hub/cures-condec-jira MockTemplateRenderer (implements the real interface);
 * IOException on render per jira-platform-facts.md §2.7. See atlassian-stand-ins/SOURCES.md.
 */
public interface TemplateRenderer {
  void render(String templateName, Writer writer) throws RenderingException, IOException;

  void render(String templateName, Map<String, Object> context, Writer writer)
      throws RenderingException, IOException;

  boolean resolve(String templateName);
}
