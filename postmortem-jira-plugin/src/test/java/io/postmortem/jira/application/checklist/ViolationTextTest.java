package io.postmortem.jira.application.checklist;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.util.I18nHelper;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class ViolationTextTest {

  private final I18nHelper i18n = mock(I18nHelper.class);

  @Test
  public void passesDatesAsIsoTextAndNumbersAsNumbers() {
    Violation violation =
        new Violation(
            "due-within-limit",
            RuleSeverity.BLOCK,
            "postmortem.rule.due-within-limit.too-late",
            List.of("OPS-12", LocalDate.of(2027, 2, 14), 44, 30),
            Subject.actionItem("OPS-12"));
    when(i18n.getText(
            eq("postmortem.rule.due-within-limit.too-late"),
            (Object) eq(List.of("OPS-12", "2027-02-14", 44, 30))))
        .thenReturn("formatted");

    String text = ViolationText.format(violation, i18n);

    assertEquals("formatted", text);
  }

  @Test
  public void asksForThePlainTextWhenThereAreNoArguments() {
    Violation violation =
        new Violation(
            "required-sections",
            RuleSeverity.WARN,
            "postmortem.rule.required-sections.none",
            List.of(),
            Subject.postmortem("PM-1"));

    ViolationText.format(violation, i18n);

    verify(i18n).getText("postmortem.rule.required-sections.none");
  }

  @Test
  public void formatsWithJirasMessageFormatSemantics() {
    I18nHelper bundle = mock(I18nHelper.class);
    when(bundle.getLocale()).thenReturn(java.util.Locale.ENGLISH);
    when(bundle.getText(eq("postmortem.x"), any(Object.class)))
        .thenAnswer(
            call ->
                new java.text.MessageFormat(
                        "{0} is due {1}, {2} days after", java.util.Locale.ENGLISH)
                    .format(toArray(call.getArgument(1))));
    Violation violation =
        new Violation(
            "r",
            RuleSeverity.BLOCK,
            "postmortem.x",
            List.of("OPS-12", LocalDate.of(2027, 2, 14), 44),
            Subject.actionItem("OPS-12"));

    assertEquals(
        "OPS-12 is due 2027-02-14, 44 days after", ViolationText.format(violation, bundle));
  }

  private static Object[] toArray(Object parameters) {
    return parameters instanceof Object[] array ? array : ((List<?>) parameters).toArray();
  }
}
