package io.postmortem.core.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class SetupReportTest {

  @Test
  public void countsOnlyTheObjectsTheRunCreatesChangesOrCopies() {
    SetupReport report =
        new SetupReport(
            "OPS",
            false,
            List.of(
                SetupLine.of(ObjectKind.STATUS, "Published", SetupAction.CREATE, false),
                SetupLine.of(ObjectKind.WORKFLOW, "Postmortem", SetupAction.CHANGE, false),
                SetupLine.of(ObjectKind.WORKFLOW_SCHEME, "OPS scheme", SetupAction.COPY, false),
                SetupLine.of(ObjectKind.RESOLUTION, "Done", SetupAction.ADOPT, false),
                SetupLine.of(ObjectKind.FIELD, "Severity", SetupAction.KEEP, false),
                SetupLine.of(ObjectKind.SCREEN, "Default", SetupAction.LEAVE_ALONE, false)));

    assertEquals(3, report.changes());
    assertFalse(report.anyFailed());
  }

  @Test
  public void oneFailedLineFailsTheRunAndSaysWhy() {
    SetupLine failed =
        SetupLine.of(ObjectKind.WORKFLOW, "Postmortem", SetupAction.FAIL, true)
            .because("postmortem.setup.reason.workflow-active", "Postmortem");
    SetupReport report =
        new SetupReport(
            "OPS",
            true,
            List.of(SetupLine.of(ObjectKind.STATUS, "Published", SetupAction.KEEP, true), failed));

    assertTrue(report.anyFailed());
    assertEquals(0, report.changes());
    assertEquals("postmortem.setup.reason.workflow-active", failed.reasonKey());
    assertEquals(List.of("Postmortem"), failed.reasonArgs());
    assertEquals("Postmortem", failed.name());
  }
}
