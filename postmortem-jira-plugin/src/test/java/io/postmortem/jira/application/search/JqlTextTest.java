package io.postmortem.jira.application.search;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** User text inside JQL stays one string literal, whatever characters it holds. */
public class JqlTextTest {

  @Test
  public void quotesPlainText() {
    assertEquals("\"Payments\"", JqlText.quote("Payments"));
  }

  @Test
  public void escapesAQuoteSoTheTextCannotEndTheLiteral() {
    assertEquals(
        "\"Payments\\\" OR project = SECRET\"", JqlText.quote("Payments\" OR project = SECRET"));
  }

  @Test
  public void escapesABackslashSoATrailingOneCannotEscapeTheClosingQuote() {
    assertEquals("\"Ops\\\\\"", JqlText.quote("Ops\\"));
    assertEquals("\"a\\\\\\\" OR x = y\"", JqlText.quote("a\\\" OR x = y"));
  }

  @Test
  public void turnsLineBreaksAndTabsIntoSpaces() {
    assertEquals("\"a b c d\"", JqlText.quote("a\nb\rc\td"));
  }
}
