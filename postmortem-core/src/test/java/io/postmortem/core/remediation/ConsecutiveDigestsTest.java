package io.postmortem.core.remediation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class ConsecutiveDigestsTest {

  @Test
  public void completesADigestWhenTheNextRecipientStarts() {
    ConsecutiveDigests<String> digests = new ConsecutiveDigests<>(10);
    List<Digest<String>> sent = new ArrayList<>();

    digests.add("alice", "OPS-1").ifPresent(sent::add);
    digests.add("alice", "OPS-2").ifPresent(sent::add);
    digests.add("bob", "OPS-3").ifPresent(sent::add);
    digests.finish().ifPresent(sent::add);

    assertEquals(
        List.of(
            new Digest<>("alice", List.of("OPS-1", "OPS-2"), 0),
            new Digest<>("bob", List.of("OPS-3"), 0)),
        sent);
  }

  @Test
  public void aCapOfOneListsOneEntryAndACapOfZeroIsRefused() {
    ConsecutiveDigests<Integer> digests = new ConsecutiveDigests<>(1);
    digests.add("alice", 7);
    digests.add("alice", 8);

    Digest<Integer> digest = digests.finish().orElseThrow();

    assertEquals(List.of(7), digest.entries());
    assertEquals(1, digest.omitted());
    assertThrows(IllegalArgumentException.class, () -> new ConsecutiveDigests<Integer>(0));
  }

  @Test
  public void listsAtMostTheCapAndCountsTheRest() {
    ConsecutiveDigests<Integer> digests = new ConsecutiveDigests<>(2);
    for (int i = 0; i < 5; i++) {
      digests.add("alice", i);
    }

    Digest<Integer> digest = digests.finish().orElseThrow();

    assertEquals(List.of(0, 1), digest.entries());
    assertEquals(3, digest.omitted());
    assertEquals(5, digest.total());
  }

  @Test
  public void finishingAnEmptyCollectorYieldsNothing() {
    assertEquals(java.util.Optional.empty(), new ConsecutiveDigests<String>(3).finish());
  }
}
