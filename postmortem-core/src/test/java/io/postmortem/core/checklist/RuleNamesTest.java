package io.postmortem.core.checklist;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The rule an admin meant, from a mistyped id: the fewest inserted, deleted or changed letters. */
public class RuleNamesTest {

  @Test
  public void countsInsertedDeletedAndChangedLetters() {
    assertEquals(3, RuleNames.distance("kitten", "sitting"));
    assertEquals(2, RuleNames.distance("flaw", "lawn"));
    assertEquals(4, RuleNames.distance("", "time"));
    assertEquals(4, RuleNames.distance("time", ""));
    assertEquals(0, RuleNames.distance("timeline", "timeline"));
  }

  @Test
  public void suggestsTheRuleMeantForAMissingAnExtraOrASwappedLetter() {
    assertEquals("timeline", RuleNames.closest("timline"));
    assertEquals("timeline", RuleNames.closest("timelines"));
    assertEquals("required-sections", RuleNames.closest("requried-sections"));
  }
}
