package io.postmortem.core.checklist.rule;

import static io.postmortem.core.checklist.Argument.choice;
import static io.postmortem.core.checklist.Argument.text;
import static io.postmortem.core.checklist.rule.RuleTesting.check;
import static io.postmortem.core.checklist.rule.RuleTesting.keys;
import static io.postmortem.core.checklist.rule.RuleTesting.settings;
import static io.postmortem.core.postmortem.PostmortemBuilder.TODAY;
import static io.postmortem.core.postmortem.PostmortemBuilder.aPublishablePostmortem;
import static org.junit.Assert.assertEquals;

import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.SectionKind;
import java.util.List;
import org.junit.Test;

public class RequiredSectionsRuleTest {

  private final RequiredSectionsRule rule = new RequiredSectionsRule();

  @Test
  public void passesWhenEverySectionIsWritten() {
    assertEquals(List.of(), check(rule, aPublishablePostmortem().build()));
  }

  @Test
  public void failsWhenASectionIsMissingOrBlank() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withoutSection(SectionKind.GOT_LUCKY)
            .withSection(SectionKind.IMPACT, "  \n ")
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of(
            "postmortem.rule.required-sections.empty", "postmortem.rule.required-sections.empty"),
        keys(violations));
    assertEquals(List.of(choice(SectionKind.IMPACT)), violations.get(0).args());
    assertEquals(Subject.textSpan("section:IMPACT", 0, 4), violations.get(0).subject());
  }

  @Test
  public void failsWhenASectionStillHoldsTheTemplatePrompt() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withSection(SectionKind.IMPACT, "Describe the impact…")
            .withSection(SectionKind.WENT_WELL, "TBD\n- \n")
            .build();

    List<Violation> violations = check(rule, postmortem);

    assertEquals(
        List.of(
            "postmortem.rule.required-sections.placeholder",
            "postmortem.rule.required-sections.placeholder"),
        keys(violations));
    assertEquals(text("Describe the impact…"), violations.get(0).args().get(1));
  }

  @Test
  public void passesWhenAPlaceholderIsPartOfRealText() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withSection(SectionKind.WENT_WELL, "TBD\nThe alert paged within twelve minutes.")
            .build();

    assertEquals(List.of(), check(rule, postmortem));
  }

  @Test
  public void checksOnlyTheSectionsAndPlaceholdersTheAdminConfigured() {
    Postmortem postmortem =
        aPublishablePostmortem()
            .withoutSection(SectionKind.GOT_LUCKY)
            .withSection(SectionKind.IMPACT, "Siehe Ticket")
            .build();

    List<Violation> violations =
        check(
            rule,
            postmortem,
            settings(
                "sections.required", "IMPACT,ROOT_CAUSES", "sections.placeholders", "siehe ticket"),
            TODAY);

    assertEquals(List.of("postmortem.rule.required-sections.placeholder"), keys(violations));
  }
}
