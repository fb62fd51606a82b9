package io.postmortem.core.language;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * One-off measurement, not a test: scans about 1 MB of postmortem-like text and prints the time.
 * Run from postmortem-core after {@code mvn test-compile}: {@code java -cp
 * target/classes:target/test-classes io.postmortem.core.language.ScanSpeed}. The benchmark of the
 * whole checklist lives in the JMH module.
 */
public final class ScanSpeed {
  private ScanSpeed() {}

  public static void main(String[] args) {
    String paragraph =
        "At 02:14 the disk alert fired and paged the on-call engineer, who escalated to the"
            + " database team. The engineer should have caught the spike earlier; it was not a"
            + " human error but a missing check. The job failed to start because the runner was"
            + " full. Der Kollege h\u00E4tte den Alarm pr\u00FCfen sollen, see `git blame` and"
            + " https://wiki.example.com/runbook. \"Someone deployed\" the wrong branch.\n\n";
    String text = paragraph.repeat(1_048_576 / paragraph.length() + 1);
    BlamelessLanguageScanner scanner = BlamelessLanguageScanner.forLanguage("en", List.of());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int warmUp = 0; warmUp < 20; warmUp++) {
      scanner.scan(text);
    }
    int runs = 40;
    long[] wall = new long[runs];
    long[] cpu = new long[runs];
    int findings = 0;
    for (int run = 0; run < runs; run++) {
      long wallStart = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      findings = scanner.scan(text).size();
      cpu[run] = threads.getCurrentThreadCpuTime() - cpuStart;
      wall[run] = System.nanoTime() - wallStart;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    // The machine is shared, so thread CPU time is reported next to wall time.
    System.out.printf(
        "%d chars, %d findings; wall ms min %.1f median %.1f; cpu ms min %.1f median %.1f (%s %s)%n",
        text.length(),
        findings,
        wall[0] / 1e6,
        wall[runs / 2] / 1e6,
        cpu[0] / 1e6,
        cpu[runs / 2] / 1e6,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
  }
}
