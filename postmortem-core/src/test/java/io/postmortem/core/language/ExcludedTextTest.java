package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/**
 * Which chars the scanner skips as code, quotation or link. Each expectation writes the skipped
 * chars as they are and every scanned char as {@code _}, so a skip that starts or ends one char
 * early or late shows.
 */
public class ExcludedTextTest {

  private static String skipped(String text) {
    boolean[] excluded = ExcludedText.of(text);
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      shown.append(excluded[i] ? text.charAt(i) : '_');
    }
    return shown.toString();
  }

  @Test
  public void skipsAMarkdownFenceWithItsBackticksAndAnUnclosedOneToTheEnd() {
    assertEquals("__```blame```___", skipped("a ```blame``` ok"));
    assertEquals("__```blame and more", skipped("a ```blame and more"));
  }

  @Test
  public void skipsAJiraCodeMacroWithItsParametersUpToTheClosingTag() {
    assertEquals("__{code:java}x = fault;{code}___", skipped("a {code:java}x = fault;{code} ok"));
    assertEquals("__{noformat}operator error", skipped("a {noformat}operator error"));
  }

  @Test
  public void leavesAWordThatOnlyStartsLikeAMacroAndAnUnclosedMacroTagAlone() {
    assertEquals("__________________", skipped("the {codex} failed"));
    assertEquals("___________________", skipped("a {code:java broken"));
    assertEquals("__________", skipped("ends {code"));
  }

  @Test
  public void skipsMonospaceAndInlineCodeWithTheirMarks() {
    assertEquals("__{{rm -rf}}___", skipped("a {{rm -rf}} ok"));
    assertEquals("__`blame`___`x`", skipped("a `blame` b `x`"));
  }

  @Test
  public void aBlankLineClosesAnUnclosedBacktick() {
    assertEquals("______________`x`", skipped("a `blame\n \t\nb `x`"));
  }

  @Test
  public void skipsQuotedLinesEvenWhenIndented() {
    assertEquals("______> he failed___", skipped("ok\n  \t> he failed\nok"));
    assertEquals("bq. she forgot___", skipped("bq. she forgot\nok"));
  }

  @Test
  public void skipsLinksFromTheirSchemeOrWwwToTheNextSeparator() {
    assertEquals("www.blame.example___", skipped("www.blame.example ok"));
    assertEquals("__https://x.example/fault___", skipped("a https://x.example/fault| b"));
    assertEquals(
        "__www.a.example_____https://b.example___",
        skipped("a www.a.example and https://b.example ok"));
    assertEquals(
        "__https://b.example_____www.a.example___",
        skipped("a https://b.example and www.a.example ok"));
  }

  @Test
  public void aLinkStartsWithTheLettersOfItsScheme() {
    assertEquals("_____ftp://x___", skipped("logs:ftp://x ok"));
    assertEquals("ftp://x___", skipped("ftp://x ok"));
  }

  @Test
  public void skipsAQuotationWithItsMarksInEveryStyle() {
    assertEquals("__\"blame\"__", skipped("a \"blame\" b"));
    assertEquals("__\u00ABblame\u00BB__", skipped("a \u00ABblame\u00BB b"));
    assertEquals("__\u00BBblame\u00AB__", skipped("a \u00BBblame\u00AB b"));
  }

  @Test
  public void aQuotationDoesNotReachOverABlankLine() {
    assertEquals("_".repeat(14), skipped("a \"blame\n\nb\" c"));
  }

  @Test
  public void aQuotationOfTheLongestLengthIsSkippedAndALongerOneNot() {
    String longest = "\"" + "x".repeat(599) + "\"";
    String longer = "\"" + "x".repeat(600) + "\"ab\"";

    assertEquals(longest, skipped(longest));
    assertEquals("_".repeat(601) + "\"ab\"", skipped(longer));
  }

  @Test
  public void aSingleQuoteOpensAtTheStartOrAfterASpaceBracketOrColonButNotInsideAWord() {
    assertEquals("'blame'___", skipped("'blame' ok"));
    assertEquals("___________'blame'", skipped("the team's 'blame'"));
    assertEquals("_'x'___'x'___'x'___'x'", skipped("('x') ['x'] {'x'} :'x'"));
    assertEquals("_".repeat(11), skipped("it's a'x' b"));
  }

  @Test
  public void anApostropheInsideAQuotationDoesNotCloseIt() {
    assertEquals("'don't blame'___", skipped("'don't blame' ok"));
    assertEquals("__'a 'b c'", skipped("x 'a 'b c'"));
  }

  @Test
  public void onlyTheClosingMarkOfItsOwnStyleClosesAQuotation() {
    assertEquals("__\u201Cx\" y\u201D__", skipped("a \u201Cx\" y\u201D z"));
  }
}
