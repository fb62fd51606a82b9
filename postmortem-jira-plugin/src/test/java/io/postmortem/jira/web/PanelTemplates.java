package io.postmortem.jira.web;

import com.atlassian.jira.util.I18nHelper;
import io.postmortem.jira.templates.JiraHtmlEscaping;
import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the panel templates with real Velocity 1.7, escaping references as Jira's renderer does
 * for templates that declare {@code #enable_html_escaping()}, so a test sees exactly the HTML a
 * browser would get.
 */
final class PanelTemplates {

  static final String POSTMORTEM = "templates/web/postmortem-panel.vm";
  static final String REMEDIATION = "templates/web/remediation-panel.vm";
  static final String LIFECYCLE = "templates/web/postmortem-lifecycle.vm";
  static final String RECURRENCE = "templates/web/postmortem-recurrence.vm";
  static final String INCIDENT = "templates/web/incident-postmortem.vm";

  private PanelTemplates() {}

  static String render(String template, Object view, I18nHelper i18n) {
    VelocityEngine engine = new VelocityEngine();
    engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
    engine.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
    engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    engine.setProperty(
        RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS,
        "org.apache.velocity.runtime.log.NullLogChute");
    JiraHtmlEscaping.register(engine);
    engine.init();
    VelocityContext context =
        new VelocityContext(
            new java.util.HashMap<>(Map.of("view", view, "i18n", i18n, "baseurl", "")));
    JiraHtmlEscaping.attach(context);
    StringWriter out = new StringWriter();
    engine.mergeTemplate(template, "UTF-8", context, out);
    return out.toString();
  }
}
