package io.postmortem.benchmarks;

import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.postmortem.Postmortem;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmark's scenarios measured in thread CPU time rather than wall time. On a machine shared
 * with other builds, JMH's wall-clock scores mostly measure the waiting; CPU time per evaluation is
 * what the checklist itself costs. Run: {@code java -cp postmortem-benchmarks/target/benchmarks.jar
 * io.postmortem.benchmarks.CpuTime [name part …]}; with arguments, only the scenarios whose name
 * contains one of them run.
 */
public final class CpuTime {

  /** CPU time spent on each scenario before any is measured, in rounds over all of them. */
  private static final long WARM_UP_NANOS = 3_000_000_000L;

  private static final int WARM_UP_ROUNDS = 5;

  private CpuTime() {}

  public static void main(String[] args) {
    Map<String, Postmortem> scenarios = new LinkedHashMap<>();
    scenarios.put("realistic 50 items, 20 KB", Postmortems.of(50, 20 * 1024, 1));
    scenarios.put("realistic, English + German", Postmortems.of(50, 20 * 1024, 1, true));
    scenarios.put("large 500 items, 1 MB", Postmortems.of(500, 1024 * 1024, 2));
    scenarios.put(
        "worst 10,000 items, 1 MB, all flagged", Postmortems.phraseDense(10_000, 1024 * 1024, 4));
    for (int kb : new int[] {16, 64, 256, 1024}) {
      scenarios.put("scaling 50 items, " + kb + " KB", Postmortems.of(50, kb * 1024, 3));
    }
    if (args.length > 0) {
      // Only the scenarios whose name holds one of the arguments, e.g. "worst" or "realistic".
      scenarios.keySet().removeIf(name -> Arrays.stream(args).noneMatch(name::contains));
    }
    ChecklistEngine engine = StandardChecklist.engine();
    ChecklistSettings settings = ChecklistSettings.defaults();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // Every scenario is warmed before any is measured: warming each just before its own
    // measurement left the first one measured while the JIT was still compiling the shared code
    // (1.3-2.6 ms for the first realistic line, 0.4-0.6 ms for the identical second one). Rounds
    // keep the profile the compiler sees mixed, as in Jira, where all sizes are checked.
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Postmortem postmortem : scenarios.values()) {
        run(engine, settings, postmortem, threads, WARM_UP_NANOS / WARM_UP_ROUNDS);
      }
    }
    for (Map.Entry<String, Postmortem> scenario : scenarios.entrySet()) {
      Postmortem postmortem = scenario.getValue();
      run(engine, settings, postmortem, threads, 1_000_000_000L);
      long[] measured = run(engine, settings, postmortem, threads, 5_000_000_000L);
      System.out.printf(
          "%-40s %10.1f us CPU per evaluate() (mean), %10.1f us (fastest), %d evaluations%n",
          scenario.getKey(), measured[0] / 1000.0 / measured[1], measured[2] / 1000.0, measured[1]);
    }
  }

  /**
   * Evaluates for {@code cpuNanos} of CPU time; returns {CPU nanos used, evaluations, CPU nanos of
   * the fastest evaluation}. On a loaded machine the mean includes other processes' cache misses
   * and the kernel's page faults; the fastest evaluation is the check's own cost.
   */
  private static long[] run(
      ChecklistEngine engine,
      ChecklistSettings settings,
      Postmortem postmortem,
      ThreadMXBean threads,
      long cpuNanos) {
    long start = threads.getCurrentThreadCpuTime();
    long evaluations = 0;
    long fastest = Long.MAX_VALUE;
    long used;
    do {
      long before = threads.getCurrentThreadCpuTime();
      if (engine.evaluate(postmortem, settings, Postmortems.TODAY).results().isEmpty()) {
        throw new IllegalStateException("no results");
      }
      long after = threads.getCurrentThreadCpuTime();
      fastest = Math.min(fastest, after - before);
      evaluations++;
      used = after - start;
    } while (used < cpuNanos);
    return new long[] {used, evaluations, fastest};
  }
}
