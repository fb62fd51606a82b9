package io.postmortem.core.setup;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class SchemeUseTest {

  @Test
  public void keepsASchemeThatAlreadyMapsEveryTypeToOurs() {
    SchemeUse use = new SchemeUse(false, 3, 2, 0, 2);

    assertEquals(SetupAction.KEEP, use.decide());
  }

  @Test
  public void copiesASchemeAnotherProjectUses() {
    SchemeUse use = new SchemeUse(false, 2, 0, 0, 2);

    assertEquals(SetupAction.COPY, use.decide());
  }

  @Test
  public void copiesJirasDefaultSchemeEvenWhenOnlyThisProjectUsesIt() {
    SchemeUse use = new SchemeUse(true, 1, 0, 0, 2);

    assertEquals(SetupAction.COPY, use.decide());
  }

  @Test
  public void changesTheProjectsOwnSchemeInPlace() {
    SchemeUse use = new SchemeUse(false, 1, 1, 0, 2);

    assertEquals(SetupAction.CHANGE, use.decide());
  }

  @Test
  public void leavesAloneASchemeWhereAnAdminMappedOurTypeToSomethingElse() {
    SchemeUse use = new SchemeUse(false, 1, 0, 1, 2);

    assertEquals(SetupAction.LEAVE_ALONE, use.decide());
  }

  @Test
  public void aSecondRunReportsNoChanges() {
    SetupReport report =
        new SetupReport(
            "PM",
            true,
            java.util.List.of(
                SetupLine.of(ObjectKind.STATUS, "Draft", SetupAction.ADOPT, true),
                SetupLine.of(ObjectKind.WORKFLOW_SCHEME, "PM", SetupAction.KEEP, true)));

    assertEquals(0, report.changes());
  }
}
