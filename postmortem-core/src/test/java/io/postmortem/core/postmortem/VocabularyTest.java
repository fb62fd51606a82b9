package io.postmortem.core.postmortem;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import org.junit.Test;

public class VocabularyTest {

  @Test
  public void readsJiraStandardAndLegacyPriorityNames() {
    assertEquals(PriorityLevel.CRITICAL, Vocabulary.priorityLevelOfName("Highest"));
    assertEquals(PriorityLevel.CRITICAL, Vocabulary.priorityLevelOfName("Blocker"));
    assertEquals(PriorityLevel.HIGH, Vocabulary.priorityLevelOfName(" high "));
    assertEquals(PriorityLevel.HIGH, Vocabulary.priorityLevelOfName("Major"));
    assertEquals(PriorityLevel.LOW, Vocabulary.priorityLevelOfName("Trivial"));
    assertEquals(PriorityLevel.LOW, Vocabulary.priorityLevelOfName("Lowest"));
  }

  @Test
  public void anUnknownPriorityIsMediumSoItNeitherPassesNorFailsCriticalOrHigh() {
    assertEquals(PriorityLevel.MEDIUM, Vocabulary.priorityLevelOfName("Urgent-ish"));
    assertEquals(PriorityLevel.MEDIUM, Vocabulary.priorityLevelOfName(null));
  }

  @Test
  public void aPriorityStandsForTheSeverityOfTheSameRank() {
    assertEquals(Severity.SEV_1, Vocabulary.severityOfPriority(PriorityLevel.CRITICAL));
    assertEquals(Severity.SEV_2, Vocabulary.severityOfPriority(PriorityLevel.HIGH));
    assertEquals(Severity.SEV_3, Vocabulary.severityOfPriority(PriorityLevel.MEDIUM));
    assertEquals(Severity.SEV_4, Vocabulary.severityOfPriority(PriorityLevel.LOW));
  }

  @Test
  public void readsTheUsualSeveritySpellings() {
    assertEquals(Severity.SEV_1, Vocabulary.severityOfName("SEV-1"));
    assertEquals(Severity.SEV_2, Vocabulary.severityOfName("s2 - major outage"));
    assertEquals(Severity.SEV_3, Vocabulary.severityOfName("P3"));
    assertEquals(Severity.SEV_4, Vocabulary.severityOfName("Severity 4"));
    assertEquals(Severity.SEV_1, Vocabulary.severityOfName("Critical"));
    assertEquals(Severity.SEV_2, Vocabulary.severityOfName("Major"));
    assertEquals(Severity.SEV_3, Vocabulary.severityOfName("moderate"));
    assertEquals(Severity.SEV_4, Vocabulary.severityOfName("trivial"));
  }

  @Test
  public void blankOrUnknownSeverityIsNone() {
    assertEquals(Severity.NONE, Vocabulary.severityOfName(" "));
    assertEquals(Severity.NONE, Vocabulary.severityOfName(null));
    assertEquals(Severity.NONE, Vocabulary.severityOfName("Sev 5"));
    assertEquals(Severity.NONE, Vocabulary.severityOfName("catastrophic"));
  }

  @Test
  public void readsHorizonsInEnglishAndGerman() {
    assertEquals(Optional.of(Horizon.SHORT_TERM), Vocabulary.horizonOfName("Short-term"));
    assertEquals(Optional.of(Horizon.SHORT_TERM), Vocabulary.horizonOfName("Kurzfristig"));
    assertEquals(Optional.of(Horizon.LONG_TERM), Vocabulary.horizonOfName("Long term"));
    assertEquals(Optional.of(Horizon.LONG_TERM), Vocabulary.horizonOfName("Langfristig"));
    assertEquals(Optional.empty(), Vocabulary.horizonOfName("Someday"));
  }
}
