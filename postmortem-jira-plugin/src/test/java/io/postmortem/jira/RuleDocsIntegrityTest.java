package io.postmortem.jira;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Argument;
import io.postmortem.core.checklist.RuleDescriptor;
import io.postmortem.core.checklist.Setting;
import io.postmortem.core.checklist.SettingType;
import io.postmortem.core.checklist.SettingsSchema;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEventKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every rule the checklist runs is documented and speaks every language: it has its page in
 * docs/rules, each message its descriptor declares is in every bundle with the same arguments, and
 * the page's "Configuration" table names exactly the settings the rule reads, with the schema's
 * defaults and bounds. The rule descriptors and the settings schema are the truth; the pages
 * follow. Messages choose only plurals by count; an enum value a message names is written through
 * its own key ({@link Argument.Choice}), never picked by its ordinal.
 */
public class RuleDocsIntegrityTest {

  // Surefire runs with the module directory as working directory.
  private static final Path RULE_PAGES = Path.of("../docs/rules");
  private static final List<String> BUNDLES = List.of(I18nKeys.BUNDLE, I18nKeys.BUNDLE_DE);
  private static final Pattern SETTING_NAME = Pattern.compile("`([^`]+)`");

  @Test
  public void everyRuleHasItsPageAndEveryPageARule() throws IOException {
    Set<String> pages = new TreeSet<>();
    try (Stream<Path> files = Files.list(RULE_PAGES)) {
      files.map(f -> f.getFileName().toString()).forEach(pages::add);
    }
    Set<String> expected = new TreeSet<>();
    for (RuleDescriptor rule : StandardChecklist.descriptors()) {
      expected.add(Path.of(rule.docPage()).getFileName().toString());
    }

    assertEquals(expected, pages);
  }

  @Test
  public void everyMessageOfEveryRuleIsInEveryBundleWithTheSameArguments() {
    List<String> problems = new ArrayList<>();
    Properties english = I18nKeys.load(I18nKeys.BUNDLE);
    for (String bundleName : BUNDLES) {
      Properties bundle = I18nKeys.load(bundleName);
      for (RuleDescriptor rule : StandardChecklist.descriptors()) {
        for (String key : rule.messageKeys()) {
          String text = bundle.getProperty(key);
          if (text == null) {
            problems.add(key + " is missing from " + bundleName);
          } else if (!I18nKeys.placeholders(text)
              .equals(I18nKeys.placeholders(english.getProperty(key, "")))) {
            problems.add(key + " has other arguments in " + bundleName);
          }
        }
      }
    }

    assertEquals(List.of(), problems);
  }

  @Test
  public void everyRuleMessageIsAValidPatternForNumericArguments() {
    Object[] args = {1, 1, 1, 1, 1, 1, 1, 1, 1};
    List<String> broken = new ArrayList<>();
    for (String bundleName : BUNDLES) {
      Properties bundle = I18nKeys.load(bundleName);
      for (RuleDescriptor rule : StandardChecklist.descriptors()) {
        for (String key : rule.messageKeys()) {
          String text = new MessageFormat(bundle.getProperty(key, ""), Locale.ROOT).format(args);
          if (text.contains("{")) {
            broken.add(bundleName + " " + key);
          }
        }
      }
    }

    assertEquals(List.of(), broken);
  }

  @Test
  public void ruleMessagesChooseOnlyPluralsByCountNeverEnumValuesByOrdinal() {
    double plural = ChoiceFormat.nextDouble(1);
    List<String> ordinalChoices = new ArrayList<>();
    for (String bundleName : BUNDLES) {
      Properties bundle = I18nKeys.load(bundleName);
      for (RuleDescriptor rule : StandardChecklist.descriptors()) {
        for (String key : rule.messageKeys()) {
          for (Format format : new MessageFormat(bundle.getProperty(key, "")).getFormats()) {
            if (format instanceof ChoiceFormat choice
                && Arrays.stream(choice.getLimits()).anyMatch(limit -> limit > plural)) {
              ordinalChoices.add(bundleName + " " + key + ": " + choice.toPattern());
            }
          }
        }
      }
    }

    assertEquals(List.of(), ordinalChoices);
  }

  @Test
  public void everyEnumValueAMessageNamesHasItsOwnKeyInEveryBundle() {
    List<Argument.Choice> values = new ArrayList<>();
    for (Class<? extends Enum<?>> type :
        List.of(
            PriorityLevel.class,
            Horizon.class,
            Severity.class,
            SectionKind.class,
            TimelineEventKind.class)) {
      Arrays.stream(type.getEnumConstants()).map(Argument::choice).forEach(values::add);
    }
    values.add(Argument.choice(Horizon.class, null));
    List<String> missing = new ArrayList<>();
    for (String bundleName : BUNDLES) {
      Properties bundle = I18nKeys.load(bundleName);
      values.stream()
          .map(Argument.Choice::messageKey)
          .filter(key -> !bundle.containsKey(key))
          .forEach(key -> missing.add(bundleName + " " + key));
    }

    assertEquals(List.of(), missing);
  }

  @Test
  public void eachPageConfiguresExactlyTheSettingsItsRuleReads() {
    List<String> problems = new ArrayList<>();
    for (RuleDescriptor rule : StandardChecklist.descriptors()) {
      Set<Setting> documented = new LinkedHashSet<>();
      for (String name : configurationRows(rule).keySet()) {
        Setting setting = declarationOf(name);
        if (setting == null) {
          problems.add(rule.docPage() + " documents " + name + ", which is no setting");
        } else {
          documented.add(setting);
        }
      }
      if (!documented.equals(new LinkedHashSet<>(rule.settings()))) {
        problems.add(
            rule.docPage()
                + " documents "
                + keys(documented)
                + " but the rule reads "
                + keys(rule.settings()));
      }
    }

    assertEquals(List.of(), problems);
  }

  @Test
  public void eachPageStatesTheSchemasDefaultsAndBounds() {
    List<String> problems = new ArrayList<>();
    for (RuleDescriptor rule : StandardChecklist.descriptors()) {
      configurationRows(rule)
          .forEach(
              (name, columns) -> {
                Setting setting = declarationOf(name);
                if (setting == null) {
                  return;
                }
                String expected = documentedDefault(rule, setting);
                String shown = columns.get(0).replace("`", "").replace(" ", "");
                if (expected != null && !shown.contains(expected.replace(" ", ""))) {
                  problems.add(
                      name + " default: page says " + columns.get(0) + ", not " + expected);
                }
                String bounds = setting.min() + "–" + setting.max();
                if (setting.type() == SettingType.WHOLE_NUMBER
                    && !String.join(" ", columns).contains(bounds)) {
                  problems.add(name + " bounds: page does not say " + bounds);
                }
              });
    }

    assertEquals(List.of(), problems);
  }

  /** What the default column must contain; null where the page describes it in words. */
  private static String documentedDefault(RuleDescriptor rule, Setting setting) {
    if (setting == SettingsSchema.SEVERITY) {
      return rule.defaultSeverity().name();
    }
    if (setting.type() == SettingType.PHRASES || setting.type() == SettingType.DATES) {
      return null;
    }
    return setting.defaultValue();
  }

  /** The Configuration table's rows: each setting name in the first column, and the rest. */
  private static Map<String, List<String>> configurationRows(RuleDescriptor rule) {
    String page = read(RULE_PAGES.resolve(Path.of(rule.docPage()).getFileName()));
    int start = page.indexOf("## Configuration");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    if (start < 0) {
      return rows;
    }
    for (String line : page.substring(start).split("\\R")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("(?<!\\\\)\\|");
      List<String> rest = new ArrayList<>();
      for (int i = 2; i < cells.length; i++) {
        rest.add(cells[i].trim());
      }
      Matcher names = SETTING_NAME.matcher(cells[1]);
      while (names.find()) {
        rows.put(names.group(1), rest);
      }
    }
    return rows;
  }

  /** The schema's declaration of a documented name: a key, a family's pattern, or a member. */
  private static Setting declarationOf(String name) {
    for (Setting setting : SettingsSchema.ALL) {
      if (setting.key().equals(name)) {
        return setting;
      }
    }
    return SettingsSchema.find(name).orElse(null);
  }

  private static List<String> keys(Iterable<Setting> settings) {
    List<String> keys = new ArrayList<>();
    settings.forEach(s -> keys.add(s.key()));
    return keys;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
