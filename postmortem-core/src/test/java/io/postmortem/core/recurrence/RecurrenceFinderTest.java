package io.postmortem.core.recurrence;

import static org.hamcrest.CoreMatchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class RecurrenceFinderTest {
  private final RecurrenceFinder finder = RecurrenceFinder.standard();

  @Test
  public void ranksTheIncidentWithTheSameCauseAboveOnesThatOnlyShareCommonWords() {
    IncidentProfile current =
        IncidentProfile.of("INC-9", "TLS certificate expired on the login page", Set.of());
    List<IncidentProfile> earlier =
        List.of(
            IncidentProfile.of("INC-1", "Login page slow during peak traffic", Set.of()),
            IncidentProfile.of("INC-2", "Expired certificate broke the API handshake", Set.of()),
            IncidentProfile.of("INC-3", "Database disk full", Set.of()));

    List<Recurrence> found = finder.find(current, earlier);

    assertEquals("INC-2", found.get(0).key());
    assertThat(found.get(0).sharedTerms(), hasItem("certificate"));
  }

  @Test
  public void suggestsNothingWhenNoEarlierIncidentSharesAnything() {
    IncidentProfile current = IncidentProfile.of("INC-9", "Certificate expired", Set.of("edge"));

    List<Recurrence> found =
        finder.find(current, List.of(IncidentProfile.of("INC-1", "Disk full", Set.of("database"))));

    assertEquals(List.of(), found);
  }

  @Test
  public void neverSuggestsTheIncidentItself() {
    IncidentProfile current = IncidentProfile.of("INC-9", "Certificate expired", Set.of());

    List<Recurrence> found = finder.find(current, List.of(current));

    assertEquals(List.of(), found);
  }

  @Test
  public void sharedComponentsRaiseTheScoreAndAreNamedCaseInsensitively() {
    IncidentProfile current = IncidentProfile.of("INC-9", "Queue backlog", Set.of("Billing"));
    IncidentProfile sameComponent = IncidentProfile.of("INC-1", "Queue backlog", Set.of("billing"));
    IncidentProfile otherComponent = IncidentProfile.of("INC-2", "Queue backlog", Set.of("search"));

    List<Recurrence> found = finder.find(current, List.of(otherComponent, sameComponent));

    assertEquals("INC-1", found.get(0).key());
    assertEquals(List.of("Billing"), found.get(0).sharedFacets());
    assertTrue(found.get(0).score() > found.get(1).score());
  }

  @Test
  public void matchesInflectedFormsOfTheSameWord() {
    IncidentProfile current = IncidentProfile.of("INC-9", "Timeouts on checkout", Set.of());

    List<Recurrence> found =
        finder.find(current, List.of(IncidentProfile.of("INC-1", "Checkout timeout", Set.of())));

    assertEquals(1, found.size());
  }

  @Test
  public void showsAtMostTheConfiguredNumberOfSuggestions() {
    List<IncidentProfile> earlier = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      earlier.add(IncidentProfile.of("INC-" + i, "Disk full on database host " + i, Set.of()));
    }

    List<Recurrence> found =
        finder.find(IncidentProfile.of("INC-99", "Database disk full", Set.of()), earlier);

    assertEquals(5, found.size());
  }

  @Test
  public void toleratesEmptyAndHugeTexts() {
    IncidentProfile empty = IncidentProfile.of("INC-1", "", Set.of());
    IncidentProfile huge = new IncidentProfile("INC-2", "x", "word ".repeat(1_000_000), Set.of());

    assertEquals(List.of(), finder.find(empty, List.of(huge)));
    assertEquals(List.of(), finder.find(huge, List.of(empty)));
  }

  @Test
  public void refusesNonsenseThresholds() {
    assertThrows(IllegalArgumentException.class, () -> new RecurrenceFinder(1.5, 5));
    assertThrows(IllegalArgumentException.class, () -> new RecurrenceFinder(0.2, 0));
  }

  @Test
  public void keywordsForTheCandidateSearchDropFunctionWordsAndRepeatsLongestFirst() {
    IncidentProfile incident =
        IncidentProfile.of(
            "INC-1",
            "The TLS certificate expired; the certificate for the API expired in 2026",
            Set.of());

    List<String> keywords = RecurrenceFinder.keywords(incident, 3);

    assertEquals(List.of("certificate", "expired", "tls"), keywords);
  }

  @Test
  public void matchesWordsThatDifferOnlyByAFinalSilentE() {
    IncidentProfile current =
        IncidentProfile.of("INC-9", "Certificate expired on the API gateway", Set.of());
    List<IncidentProfile> earlier =
        List.of(
            IncidentProfile.of("INC-1", "Certificates expire without a renewal alert", Set.of()),
            IncidentProfile.of("INC-2", "Latency spike on the payment gateway", Set.of()));

    List<Recurrence> found = RecurrenceFinder.standard().find(current, earlier);

    assertEquals("INC-1", found.get(0).key());
  }
}
