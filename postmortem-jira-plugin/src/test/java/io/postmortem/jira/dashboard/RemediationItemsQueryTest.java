package io.postmortem.jira.dashboard;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import org.junit.Test;

/** The dashboard's page and page-size parameters: the largest page served, nothing bigger. */
public class RemediationItemsQueryTest {

  @Test
  public void servesTheLargestAllowedPageSize() {
    RemediationItemsQuery.Result result =
        parse("0", Integer.toString(RemediationItemsQuery.MAX_SIZE));

    assertNull(result.field());
    assertEquals(RemediationItemsQuery.MAX_SIZE, result.query().size());
  }

  @Test
  public void refusesAPageSizeAboveTheLimitNamingTheField() {
    RemediationItemsQuery.Result result =
        parse("0", Integer.toString(RemediationItemsQuery.MAX_SIZE + 1));

    assertEquals("size", result.field());
    assertEquals("postmortem.remediation.error.size", result.messageKey());
  }

  @Test
  public void servesPagesOfOneItemButRefusesEmptyPages() {
    assertEquals(1, parse("0", "1").query().size());
    assertEquals("size", parse("0", "0").field());
  }

  @Test
  public void usesTheDefaultPageSizeWhenNoneIsAsked() {
    assertEquals(RemediationItemsQuery.DEFAULT_SIZE, parse(null, null).query().size());
  }

  @Test
  public void servesTheLastAllowedPageAndRefusesTheNext() {
    String last = Integer.toString(RemediationItemsQuery.MAX_PAGE);

    assertEquals(RemediationItemsQuery.MAX_PAGE, parse(last, "20").query().page());
    assertEquals("page", parse(Integer.toString(RemediationItemsQuery.MAX_PAGE + 1), "20").field());
    assertEquals("page", parse("-1", "20").field());
  }

  private static RemediationItemsQuery.Result parse(String page, String size) {
    return RemediationItemsQuery.parse(
        List.of("OPS"), null, null, null, List.of(), null, page, size, null);
  }
}
