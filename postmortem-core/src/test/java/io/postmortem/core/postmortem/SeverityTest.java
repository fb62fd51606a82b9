package io.postmortem.core.postmortem;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class SeverityTest {

  @Test
  public void theWorstOfSeveralIncidentsIsTheLowestNumber() {
    assertEquals(
        Severity.SEV_1, Severity.worstOf(List.of(Severity.SEV_3, Severity.SEV_1, Severity.SEV_2)));
    assertEquals(Severity.SEV_2, Severity.worstOf(List.of(Severity.NONE, Severity.SEV_2)));
  }

  @Test
  public void withoutAnyKnownSeverityTheWorstIsNone() {
    assertEquals(Severity.NONE, Severity.worstOf(List.of()));
    assertEquals(Severity.NONE, Severity.worstOf(Arrays.asList(null, Severity.NONE)));
  }
}
