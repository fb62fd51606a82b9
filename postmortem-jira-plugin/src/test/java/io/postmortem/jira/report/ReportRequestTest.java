package io.postmortem.jira.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.Collections;
import java.util.List;
import org.junit.Test;

public class ReportRequestTest {
  @Test
  public void coversTwelveMonthsOfEveryVisibleProjectByDefault() {
    ReportRequest.Parsed parsed = ReportRequest.parse(null, null);

    assertEquals(new ReportRequest(List.of(), 12), parsed.request());
    assertEquals("", parsed.request().projectClause());
  }

  @Test
  public void refusesAWindowOutsideOneToThirtySixMonths() {
    for (String months : List.of("0", "37", "-1", "twelve", "99999999999")) {
      ReportRequest.Parsed parsed = ReportRequest.parse(List.of(), months);

      assertFalse(months, parsed.isValid());
      assertEquals("months", parsed.field());
      assertEquals("postmortem.report.error.months", parsed.messageKey());
    }
  }

  @Test
  public void refusesAnythingButProjectKeysSoNothingElseReachesTheJql() {
    for (String project : List.of("ops", "OPS) OR project is not EMPTY", "", "A".repeat(31))) {
      ReportRequest.Parsed parsed = ReportRequest.parse(List.of(project), "12");

      assertFalse(project, parsed.isValid());
      assertEquals("postmortem.report.error.project", parsed.messageKey());
    }
  }

  @Test
  public void refusesMoreThanFiftyProjects() {
    ReportRequest.Parsed parsed = ReportRequest.parse(Collections.nCopies(51, "OPS"), "12");

    assertEquals("postmortem.report.error.projects", parsed.messageKey());
  }
}
