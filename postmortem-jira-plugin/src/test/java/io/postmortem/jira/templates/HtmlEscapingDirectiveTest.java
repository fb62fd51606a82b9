package io.postmortem.jira.templates;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.postmortem.jira.testing.BundleI18nHelper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Jira escapes template references because each template asks for it with {@code
 * #enable_html_escaping()}, not because tests happen to escape on their own: the test renderer
 * escapes only where the directive is, and every shipped template must carry it.
 */
public class HtmlEscapingDirectiveTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\s*#enable_html_escaping\\(\\)\\s*$");
  private static final String MARKUP = "<img src=x onerror=alert(1)>";

  private final VelocityTemplates velocity = new VelocityTemplates();

  @Test
  public void everyShippedTemplateDeclaresHtmlEscaping() throws IOException {
    List<Path> templates = templates();

    List<String> undeclared =
        templates.stream().filter(t -> !declaresEscaping(t)).map(Path::toString).toList();

    assertTrue("no templates found under " + TEMPLATES, templates.size() >= 10);
    assertEquals("templates without #enable_html_escaping()", List.of(), undeclared);
  }

  @Test
  public void escapesReferencesInATemplateThatEnablesEscaping() {
    String html = render("templates-test/escaping-enabled.vm");

    assertTrue(html, html.contains("<p>&lt;img src=x onerror=alert(1)&gt;</p>"));
  }

  @Test
  public void leavesReferencesNamedHtmlAsTheyAreLikeJira() {
    String html = render("templates-test/escaping-enabled.vm");

    assertTrue(html, html.contains("<p><em>already escaped</em></p>"));
  }

  @Test
  public void writesMarkupRawInATemplateWithoutTheDirective() throws IOException {
    String html = render("templates-test/escaping-undeclared.vm");

    assertTrue(html, html.contains("<p>" + MARKUP + "</p>"));
    assertTrue(
        "the scan must catch it",
        !declaresEscaping(Path.of("src/test/resources/templates-test/escaping-undeclared.vm")));
  }

  private String render(String template) {
    return velocity.render(
        template,
        Map.of("text", MARKUP, "textHtml", "<em>already escaped</em>"),
        BundleI18nHelper.forLocale(Locale.ENGLISH));
  }

  private static boolean declaresEscaping(Path template) {
    try {
      return Files.readAllLines(template).stream().anyMatch(l -> DIRECTIVE.matcher(l).matches());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(f -> f.toString().endsWith(".vm")).sorted().toList();
    }
  }
}
