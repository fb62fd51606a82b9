package io.postmortem.jira.i18n;

import static org.junit.Assert.assertEquals;
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
    I18nHelper bundle = new TestPatterns("postmortem.x", "{0} is due {1}, {2} days after");
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

  /** One pattern, formatted the way BundleI18nHelper formats the real bundle. */
  private static final class TestPatterns implements I18nHelper {
    private final String key;
    private final String pattern;

    TestPatterns(String key, String pattern) {
      this.key = key;
      this.pattern = pattern;
    }

    @Override
    public java.util.Locale getLocale() {
      return java.util.Locale.ENGLISH;
    }

    @Override
    public String getText(String k) {
      return getText(k, List.of());
    }

    @Override
    public String getText(String k, String value1) {
      return getText(k, List.of(value1));
    }

    @Override
    public String getText(String k, Object parameters) {
      return k.equals(key)
          ? new java.text.MessageFormat(pattern, getLocale())
              .format(((List<?>) parameters).toArray())
          : k;
    }
  }
}
