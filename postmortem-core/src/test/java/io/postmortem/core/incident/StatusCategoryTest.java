package io.postmortem.core.incident;

import static org.junit.Assert.assertEquals;

import io.postmortem.core.postmortem.TimelineEventKind;
import org.junit.Test;

public class StatusCategoryTest {

  @Test
  public void readsJiraCategoryKeysWhateverTheirCase() {
    assertEquals(StatusCategory.TO_DO, StatusCategory.ofJiraKey("new"));
    assertEquals(StatusCategory.IN_PROGRESS, StatusCategory.ofJiraKey("indeterminate"));
    assertEquals(StatusCategory.DONE, StatusCategory.ofJiraKey(" Done "));
  }

  @Test
  public void unknownOrMissingKeysAreUndefinedNotDone() {
    assertEquals(StatusCategory.UNDEFINED, StatusCategory.ofJiraKey(null));
    assertEquals(StatusCategory.UNDEFINED, StatusCategory.ofJiraKey("resolved"));
    assertEquals(StatusCategory.UNDEFINED, StatusCategory.ofJiraKey("undefined"));
  }

  @Test
  public void onlyAChangeIntoADoneStatusMarksTheIncidentResolved() {
    assertEquals(TimelineEventKind.RESOLVED, StatusCategory.DONE.timelineEventKind());
    assertEquals(TimelineEventKind.OTHER, StatusCategory.IN_PROGRESS.timelineEventKind());
    assertEquals(TimelineEventKind.OTHER, StatusCategory.TO_DO.timelineEventKind());
    assertEquals(TimelineEventKind.OTHER, StatusCategory.UNDEFINED.timelineEventKind());
  }
}
