package io.postmortem.jira.templates;

import java.io.Writer;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Escaping as Jira's template renderer does it for a template that declares {@code
 * #enable_html_escaping()}: every reference HTML-escaped on output, except references whose name
 * ends in {@code Html} (Jira's convention for values already escaped). A template without the
 * directive is rendered raw, so a test of such a template sees the markup it would let through.
 */
public final class JiraHtmlEscaping {

  private static final String SWITCH = "postmortemTestEscapingSwitch";

  private JiraHtmlEscaping() {}

  /** Teaches {@code engine} the directive; call before {@code init()}. */
  public static void register(VelocityEngine engine) {
    engine.setProperty("userdirective", EnableHtmlEscaping.class.getName());
  }

  /** Escapes this context's references from the point a template enables escaping. */
  public static void attach(VelocityContext context) {
    Switch escaping = new Switch();
    context.put(SWITCH, escaping);
    EventCartridge events = new EventCartridge();
    events.addEventHandler(new EscapeWhenEnabled(escaping));
    events.attachToContext(context);
  }

  /** {@code #enable_html_escaping()}: turns escaping on for the rest of the template. */
  public static final class EnableHtmlEscaping extends Directive {
    @Override
    public String getName() {
      return "enable_html_escaping";
    }

    @Override
    public int getType() {
      return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
      if (context.get(SWITCH) instanceof Switch escaping) {
        escaping.on = true;
      }
      return true;
    }
  }

  private static final class Switch {
    private boolean on;
  }

  private record EscapeWhenEnabled(Switch escaping) implements ReferenceInsertionEventHandler {
    @Override
    public Object referenceInsert(String reference, Object value) {
      if (value == null || !escaping.on || alreadyEscaped(reference)) {
        return value;
      }
      return escape(value.toString());
    }
  }

  /** {@code $labelsJsonHtml}, {@code $!{row.textHtml}}, {@code $view.bodyHtml()}. */
  static boolean alreadyEscaped(String reference) {
    String name = reference.replaceAll("[^A-Za-z0-9_.]", "");
    return name.substring(name.lastIndexOf('.') + 1).endsWith("Html");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
