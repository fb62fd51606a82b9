package io.postmortem.core.postmortem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.checklist.ChecklistReport;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.recurrence.SuggestedRecurrence;
import io.postmortem.core.recurrence.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class ModelBuildersTest {

  private static final LocalDate CREATED = LocalDate.of(2027, 1, 4);

  @Test
  public void anItemBuiltFromItsKeyAloneIsAnOpenUnplannedMediumItem() {
    ActionItem item = ActionItem.builder("OPS-1").build();

    assertEquals(PriorityLevel.MEDIUM, item.priority());
    assertNull(item.horizon());
    assertNull(item.assigneeKey());
    assertNull(item.dueDate());
    assertFalse(item.done());
    assertEquals("", item.summary());
  }

  @Test
  public void aCopyChangesOnlyTheFactItNames() {
    ActionItem item =
        ActionItem.builder("OPS-1")
            .summary("Alert on queue depth")
            .priority(PriorityLevel.HIGH)
            .horizon(Horizon.SHORT_TERM)
            .assigneeKey("alice")
            .dueDate(CREATED.plusDays(10))
            .scheduled(true)
            .build();

    ActionItem done = item.toBuilder().done(true).build();

    assertTrue(done.done());
    assertEquals(item, done.toBuilder().done(false).build());
  }

  @Test
  public void aPostmortemBuiltByNameIsJudgedByTheChecklist() {
    Postmortem postmortem =
        Postmortem.builder("PM-1", CREATED)
            .summary("Payments outage")
            .section(SectionKind.IMPACT, "Checkout failed for 20 minutes.")
            .actionItems(List.of(ActionItem.builder("OPS-1").build()))
            .build();

    ChecklistReport report = StandardChecklist.engine().evaluate(postmortem, null, CREATED);

    assertEquals("Checkout failed for 20 minutes.", postmortem.section(SectionKind.IMPACT));
    assertEquals(1, postmortem.actionItems().size());
    assertTrue(report.blocksTransition());
  }

  @Test
  public void aPostmortemBuiltByNameKeepsEveryFactItWasGiven() {
    Incident incident =
        new Incident("INC-1", Severity.SEV_1, Instant.parse("2027-01-01T10:00:00Z"));
    TimelineEvent started =
        PostmortemBuilder.event("2027-01-01T09:00:00Z", TimelineEventKind.STARTED, "Lag");
    RiskAcceptance acceptance =
        new RiskAcceptance(
            "dave", Instant.parse("2027-01-05T10:00:00Z"), "Vendor fix", CREATED.plusDays(30));
    LanguageOverride kept =
        new LanguageOverride(
            "fp", "Quoted from the vendor", "ann", Instant.parse("2027-01-06T10:00:00Z"));
    SuggestedRecurrence related = new SuggestedRecurrence("INC-0", Verdict.RELATED);

    Postmortem postmortem =
        Postmortem.builder("PM-1", CREATED)
            .incidents(List.of(incident))
            .reviewMeetingOn(CREATED.plusDays(3))
            .facilitatorKey("fay")
            .timeline(List.of(started))
            .riskAcceptances(List.of(acceptance))
            .languageOverrides(List.of(kept))
            .recurrences(List.of(related))
            .build();

    assertEquals("", postmortem.summary());
    assertEquals(List.of(incident), postmortem.incidents());
    assertEquals(CREATED.plusDays(3), postmortem.reviewMeetingOn());
    assertEquals("fay", postmortem.facilitatorKey());
    assertEquals(List.of(started), postmortem.timeline());
    assertEquals(List.of(acceptance), postmortem.riskAcceptances());
    assertEquals(List.of(kept), postmortem.languageOverrides());
    assertEquals(List.of(related), postmortem.recurrences());
  }
}
