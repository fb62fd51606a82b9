package io.postmortem.jira.application.checklist;

import static io.postmortem.core.checklist.Argument.choice;
import static io.postmortem.core.checklist.Argument.count;
import static io.postmortem.core.checklist.Argument.day;
import static io.postmortem.core.checklist.Argument.issue;
import static io.postmortem.core.checklist.Argument.moment;
import static io.postmortem.core.checklist.Argument.text;
import static io.postmortem.core.checklist.Argument.user;
import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.postmortem.core.checklist.Argument;
import io.postmortem.core.checklist.RuleSeverity;
import io.postmortem.core.checklist.Subject;
import io.postmortem.core.checklist.TextField;
import io.postmortem.core.checklist.Violation;
import io.postmortem.core.postmortem.Horizon;
import io.postmortem.core.postmortem.PriorityLevel;
import io.postmortem.core.postmortem.SectionKind;
import io.postmortem.core.postmortem.Severity;
import io.postmortem.core.postmortem.TimelineEventKind;
import io.postmortem.jira.testing.BundleI18nHelper;
import io.postmortem.jira.testing.FakeJira;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.Test;

public class MessageTextTest {

  private final UserManager users = mock(UserManager.class);
  private final JiraAuthenticationContext auth = mock(JiraAuthenticationContext.class);

  private MessageText reader(Locale locale, String zone) {
    when(auth.getI18nHelper()).thenReturn(BundleI18nHelper.forLocale(locale));
    return new ReaderTexts(users).viewerZone(zone).texts(auth).forViewer();
  }

  @Test
  public void writesTheLatestAllowedDueDateInTheReadersDateFormatNotIso() {
    Violation missing =
        violation(
            "postmortem.rule.due-within-limit.missing",
            issue("OPS-12"),
            text("Alert on queue depth"),
            day(LocalDate.of(2027, 2, 14)),
            count(30));

    String sentence = reader(Locale.ENGLISH, "UTC").format(missing);

    assertEquals(
        "OPS-12 'Alert on queue depth' has no due date: set one no later than 14/Feb/27,"
            + " 30 days after the postmortem, the limit for this item.",
        sentence);
  }

  @Test
  public void writesTimelineTimesInTheViewersTimeZoneAndNamesBothEventsAndKinds() {
    Violation impossible =
        violation(
            "postmortem.rule.timeline.impossible-order",
            choice(TimelineEventKind.RESOLVED),
            text("Lag gone"),
            choice(TimelineEventKind.DETECTED),
            text("Alert pages"),
            moment(Instant.parse("2026-11-20T08:00:00Z")),
            moment(Instant.parse("2026-11-20T09:00:00Z")));

    String sentence = reader(Locale.ENGLISH, "Europe/Berlin").format(impossible);

    assertEquals(
        "Event 'Lag gone' (20/Nov/26 9:00 AM) marks when the incident was resolved, but it is"
            + " earlier than event 'Alert pages' (20/Nov/26 10:00 AM), which marks when it was"
            + " detected: correct the time or the kind of one of them, otherwise time to detect,"
            + " mitigate or resolve cannot be measured.",
        sentence);
  }

  @Test
  public void namesUsersByDisplayNameAndADeletedOneByKeyMarkedAsDeleted() {
    ApplicationUser alice = FakeJira.user("JIRAUSER10100");
    when(alice.getDisplayName()).thenReturn("Alice Example");
    when(users.getUserByKey("JIRAUSER10100")).thenReturn(alice);
    Violation changed =
        violation(
            "postmortem.rule.owners-confirmed.void-assignee-changed",
            issue("OPS-1"),
            text("Add lag alert"),
            user("JIRAUSER10400"),
            user("JIRAUSER10100"));

    String sentence = reader(Locale.ENGLISH, "UTC").format(changed);

    assertEquals(
        "OPS-1 'Add lag alert': the ownership confirmation by JIRAUSER10400 (deleted user) no"
            + " longer holds because the assignee changed to Alice Example. Alice Example confirms"
            + " on OPS-1 with \"Confirm ownership\" in the remediation panel.",
        sentence);
  }

  @Test
  public void looksEachUserUpOncePerReaderWhateverTheNumberOfMessages() {
    MessageText text = reader(Locale.ENGLISH, "UTC");

    for (int i = 0; i < 50; i++) {
      text.format(
          violation(
              "postmortem.rule.owners-confirmed.not-confirmed",
              issue("OPS-" + i),
              text("Item " + i),
              user("JIRAUSER10100")));
    }

    verify(users, times(1)).getUserByKey("JIRAUSER10100");
  }

  @Test
  public void writesEnumValuesThroughTheirOwnKeysInEachLanguage() {
    Violation tooLate =
        violation(
            "postmortem.rule.due-within-limit.too-late",
            issue("OPS-12"),
            text("Alert on queue depth"),
            day(LocalDate.of(2027, 2, 14)),
            count(44),
            count(30),
            choice(PriorityLevel.HIGH),
            choice(Horizon.class, null),
            choice(Severity.SEV_2));

    assertEquals(
        "OPS-12 'Alert on queue depth' is due 14/Feb/27, 44 days after the postmortem; a High"
            + " item (no horizon, incident Sev 2) must be due within 30 days.",
        reader(Locale.ENGLISH, "UTC").format(tooLate));
    assertEquals(
        "OPS-12 'Alert on queue depth' ist am 14/Feb/27 f\u00e4llig, 44 Tage nach dem"
            + " Postmortem; eine Ma\u00dfnahme mit Priorit\u00e4t Hoch (ohne Zeithorizont,"
            + " Incident Sev 2) muss innerhalb von 30 Tagen f\u00e4llig sein.",
        reader(Locale.GERMAN, "UTC").format(tooLate));
  }

  @Test
  public void choosesThePluralByTheCount() {
    MessageText text = reader(Locale.ENGLISH, "UTC");

    assertEquals(
        "1 action item; at least 2 needed.",
        text.format("postmortem.rule.action-item-count.too-few", count(1), count(2)));
    assertEquals(
        "No action items; at least 1 needed.",
        text.format("postmortem.rule.action-item-count.too-few", count(0), count(1)));
    assertEquals(
        "The function remediationItemsOf expects 1 argument.",
        text.format("postmortem.jql.arguments", text("remediationItemsOf"), count(1)));
  }

  @Test
  public void showsALanguageFindingWithItsPlaceSentenceAndPhraseSpecificSuggestion() {
    Violation finding =
        violation(
            "postmortem.rule.blameless-language.finding",
            new Argument.Finding(
                "forgot to",
                TextField.itemSummary("OPS-7"),
                "The on-call engineer forgot to rotate the key.",
                "postmortem.language.suggestion.forgot",
                "item:OPS-7:summary:individual_fault:0011223344556677"));

    assertEquals(
        "'forgot to' in the summary of OPS-7 may read as blame or hindsight: \"The on-call"
            + " engineer forgot to rotate the key.\" Name the missing safeguard: what would have"
            + " reminded anyone in that role, such as a checklist, automation or an alert?",
        reader(Locale.ENGLISH, "UTC").format(finding));
  }

  @Test
  public void namesTheSectionOfAFindingInTheReadersLanguage() {
    Violation finding =
        violation(
            "postmortem.rule.blameless-language.finding",
            new Argument.Finding(
                "human error",
                TextField.section(SectionKind.ROOT_CAUSES),
                "It was human error.",
                "postmortem.language.suggestion.blame-label",
                "section:ROOT_CAUSES:blame_label:0011223344556677"));

    String german = reader(Locale.GERMAN, "UTC").format(finding);

    assertEquals(
        "'human error' im Abschnitt 'Ursachen und beitragende Faktoren' kann als"
            + " Schuldzuweisung oder R\u00fcckschaufehler gelesen werden: \u201eIt was human"
            + " error.\u201c Etiketten wie \u201emenschliches Versagen\u201c beenden die Analyse;"
            + " fragen Sie weiter, wie das System die Handlung m\u00f6glich und wahrscheinlich"
            + " machte.",
        german);
  }

  private static Violation violation(String key, Argument... args) {
    return new Violation("r", RuleSeverity.BLOCK, key, List.of(args), Subject.postmortem("PM-1"));
  }
}
