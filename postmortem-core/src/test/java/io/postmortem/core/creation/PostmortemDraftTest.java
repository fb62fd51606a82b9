package io.postmortem.core.creation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.postmortem.core.postmortem.Severity;
import org.junit.Test;

public class PostmortemDraftTest {

  @Test
  public void theIncidentAssigneeFacilitatesWhenThereIsOne() {
    PostmortemDraft draft =
        PostmortemDraft.forIncident("OPS-1", "Checkout down", Severity.SEV_1, "ann", "bob");

    assertEquals("ann", draft.facilitator());
    assertEquals(Severity.SEV_1, draft.severity());
    assertEquals("OPS-1", draft.incidentKey());
    assertEquals(PostmortemDraft.SUMMARY_KEY, draft.summaryKey());
  }

  @Test
  public void thePersonAskingFacilitatesAnUnassignedIncident() {
    PostmortemDraft draft = PostmortemDraft.forIncident("OPS-1", "x", null, null, "bob");

    assertEquals("bob", draft.facilitator());
    assertEquals(Severity.NONE, draft.severity());
  }

  @Test
  public void aLongIncidentSummaryIsShortenedToLeaveRoomInJirasSummary() {
    PostmortemDraft draft =
        PostmortemDraft.forIncident("OPS-1", "word ".repeat(100), Severity.SEV_2, "ann", "bob");

    assertEquals(PostmortemDraft.INCIDENT_SUMMARY_MAX, draft.incidentSummary().length());
    assertTrue(draft.incidentSummary().endsWith("\u2026"));
  }

  @Test
  public void aSummaryOfExactlyTheLimitIsKeptWhole() {
    String exact = "x".repeat(PostmortemDraft.INCIDENT_SUMMARY_MAX);

    PostmortemDraft draft =
        PostmortemDraft.forIncident("OPS-1", exact, Severity.SEV_2, "ann", "bob");

    assertEquals(exact, draft.incidentSummary());
  }

  @Test
  public void lineBreaksInTheSummaryBecomeSpaces() {
    assertEquals("a b", PostmortemDraft.shorten(" a\n\n b ", 10));
  }
}
