package io.postmortem.jira;

import static org.hamcrest.CoreMatchers.is;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * Every i18n key used by the descriptor, the Java code of plugin and core, and the templates and
 * scripts exists in the English and the German bundle; both bundles have the same keys and the same
 * {n} arguments.
 */
public class I18nBundleIntegrityTest {

  // Surefire runs with the module directory as working directory.
  private static final Path PLUGIN_JAVA = Path.of("src/main/java");
  private static final Path CORE_JAVA = Path.of("../postmortem-core/src/main/java");
  private static final Path RESOURCES = Path.of("src/main/resources");

  @Test
  public void everyUsedKeyIsInBothBundles() {
    Set<String> used = usedKeys();

    List<String> problems = new ArrayList<>();
    problems.addAll(I18nKeys.missing(used, I18nKeys.load(I18nKeys.BUNDLE), I18nKeys.BUNDLE));
    problems.addAll(I18nKeys.missing(used, I18nKeys.load(I18nKeys.BUNDLE_DE), I18nKeys.BUNDLE_DE));

    assertEquals(List.of(), problems);
  }

  @Test
  public void germanBundleHasTheSameKeysAndArgumentsAsTheEnglishOne() {
    List<String> problems =
        I18nKeys.differences(
            I18nKeys.load(I18nKeys.BUNDLE), I18nKeys.load(I18nKeys.BUNDLE_DE), I18nKeys.BUNDLE_DE);

    assertEquals(List.of(), problems);
  }

  @Test
  public void bundlesWriteNonAsciiCharactersAsUnicodeEscapes() {
    List<String> lines = new ArrayList<>();
    lines.addAll(I18nKeys.nonAsciiLines(RESOURCES.resolve(I18nKeys.BUNDLE)));
    lines.addAll(I18nKeys.nonAsciiLines(RESOURCES.resolve(I18nKeys.BUNDLE_DE)));

    assertEquals(List.of(), lines);
  }

  @Test
  public void findsKeysInJavaLiteralsButNotInOtherStrings() {
    String source =
        "class A { String a = \"postmortem.rule.owners\"; String p = \"postmortem.rule.\" + id;"
            + " String b = \"io.postmortem.jira\"; String c = \"/postmortem\"; }";

    Set<String> keys = I18nKeys.fromJava(source);

    assertThat(keys, is(Set.of("postmortem.rule.owners", "postmortem.rule.")));
  }

  @Test
  public void findsKeysInVelocityAndJavaScriptCalls() {
    String text =
        "$i18n.getText(\"postmortem.a\") $!i18n.getText('postmortem.b', $x)"
            + " AJS.I18n.getText('postmortem.c') WRM.I18n.getText(\"postmortem.d\")";

    Set<String> keys = I18nKeys.fromTemplate(text);

    assertThat(keys, is(Set.of("postmortem.a", "postmortem.b", "postmortem.c", "postmortem.d")));
  }

  @Test
  public void findsLabelKeysButNotModuleKeysInTheDescriptor() {
    PluginDescriptor descriptor =
        PluginDescriptor.of(
            "<atlassian-plugin key=\"k\"><web-item key=\"module-key\" i18n-name-key=\"postmortem.n\">"
                + "<label key=\"postmortem.l\"/><description key=\"postmortem.d\"/>"
                + "<transformation extension=\"js\"><transformer key=\"jsI18n\"/></transformation>"
                + "</web-item></atlassian-plugin>");

    Set<String> keys = I18nKeys.fromDescriptor(descriptor);

    assertThat(keys, is(Set.of("postmortem.n", "postmortem.l", "postmortem.d")));
  }

  @Test
  public void reportsKeyMissingFromTranslationAndDifferentArguments() {
    Properties english = new Properties();
    english.setProperty("postmortem.a", "Due in {0} days");
    english.setProperty("postmortem.b", "Owner");
    Properties german = new Properties();
    german.setProperty("postmortem.a", "F\u00e4llig in Tagen");

    List<String> problems = I18nKeys.differences(english, german, "de");

    assertThat(
        problems,
        is(
            List.of(
                "postmortem.a has other {n} arguments in de", "postmortem.b is missing from de")));
  }

  @Test
  public void acceptsKeyPrefixWhenSomeKeyStartsWithIt() {
    Properties bundle = new Properties();
    bundle.setProperty("postmortem.rule.owners.message", "x");

    List<String> missing =
        I18nKeys.missing(Set.of("postmortem.rule.", "postmortem.other."), bundle, "en");

    assertThat(missing, is(List.of("postmortem.other. is missing from en")));
  }

  private static Set<String> usedKeys() {
    Set<String> used = new TreeSet<>(I18nKeys.fromDescriptor(PluginDescriptor.shipped()));
    used.addAll(I18nKeys.fromFiles(PLUGIN_JAVA, I18nKeys::fromJava, ".java"));
    used.addAll(I18nKeys.fromFiles(CORE_JAVA, I18nKeys::fromJava, ".java"));
    used.addAll(I18nKeys.fromFiles(RESOURCES, I18nKeys::fromTemplate, ".vm", ".js", ".soy"));
    return used;
  }
}
