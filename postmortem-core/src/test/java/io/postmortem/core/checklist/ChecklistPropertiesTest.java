package io.postmortem.core.checklist;

import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import com.pholser.junit.quickcheck.Property;
import com.pholser.junit.quickcheck.When;
import com.pholser.junit.quickcheck.generator.Size;
import com.pholser.junit.quickcheck.runner.JUnitQuickcheck;
import io.postmortem.core.postmortem.ActionItem;
import io.postmortem.core.postmortem.ActionItemBuilder;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemBuilder;
import io.postmortem.core.postmortem.SectionKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.runner.RunWith;

/** Properties over generated Unicode text and settings values, with fixed seeds. */
@RunWith(JUnitQuickcheck.class)
public class ChecklistPropertiesTest {

  private final ChecklistEngine engine = StandardChecklist.engine();

  @Property(trials = 200)
  public void evaluateNeverThrowsOnArbitraryText(
      @When(seed = 11L) String narrative,
      @When(seed = 12L) @Size(max = 30) List<String> summaries) {
    PostmortemBuilder builder = aPublishablePostmortem();
    for (SectionKind kind : SectionKind.values()) {
      builder.withSection(kind, narrative);
    }
    List<ActionItem> items =
        summaries.stream()
            .map(
                s -> ActionItemBuilder.anActionItem(s).withSummary(s).withSuccessMeasure(s).build())
            .toList();
    Postmortem postmortem = builder.withActionItems(items).build();

    ChecklistReport report = engine.evaluate(postmortem, ChecklistSettings.defaults(), TODAY);

    assertEquals(StandardChecklist.ruleIds().size(), report.results().size());
  }

  @Property(trials = 300)
  public void anyParsedSettingsRoundTripWithoutErrors(
      @When(seed = 13L) @Size(max = 20) List<String> values) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      raw.put(SettingsKeys.GENERATED.get(i), values.get(i));
    }
    ChecklistSettings parsed = ChecklistSettings.parse(raw).settings();

    ParsedSettings again = ChecklistSettings.parse(parsed.toMap());

    assertEquals(List.of(), again.errors());
    assertEquals(parsed, again.settings());
  }
}
