package io.postmortem.jira.templates;

import com.atlassian.jira.util.I18nHelper;
import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

/**
 * Renders the app's templates with real Velocity 1.7 as Jira does: from the classpath, references
 * HTML-escaped on output where the template declares {@code #enable_html_escaping()} ({@link
 * JiraHtmlEscaping}), and strict references so a parameter the template uses but the Java side
 * never supplies fails the test instead of printing "$name".
 */
public final class VelocityTemplates {

  private final VelocityEngine engine = new VelocityEngine();

  public VelocityTemplates() {
    engine.setProperty("resource.loader", "class");
    engine.setProperty(
        "class.resource.loader.class",
        "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
    engine.setProperty("runtime.references.strict", "true");
    engine.setProperty(
        "runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
    JiraHtmlEscaping.register(engine);
    engine.init();
  }

  public String render(String template, Map<String, ?> params, I18nHelper i18n) {
    VelocityContext context = new VelocityContext();
    params.forEach(context::put);
    context.put("i18n", new TemplateI18n(i18n));
    JiraHtmlEscaping.attach(context);
    StringWriter out = new StringWriter();
    engine.mergeTemplate(template, "UTF-8", context, out);
    return out.toString();
  }

  /**
   * What Jira puts in a template as {@code $i18n}: the same {@code getText} overloads as {@link
   * I18nHelper}, delegating to one. A plain object, because Velocity introspects the public class
   * of the context value.
   */
  public static final class TemplateI18n {
    private final I18nHelper i18n;

    TemplateI18n(I18nHelper i18n) {
      this.i18n = i18n;
    }

    public String getText(String key) {
      return i18n.getText(key);
    }

    public String getText(String key, String value1) {
      return i18n.getText(key, value1);
    }

    public String getText(String key, String value1, String value2) {
      return i18n.getText(key, value1, value2);
    }

    /** As Jira's: a number stays a number, so the bundle can choose its plural. */
    public String getText(String key, Object parameters) {
      return i18n.getText(key, parameters);
    }
  }
}
