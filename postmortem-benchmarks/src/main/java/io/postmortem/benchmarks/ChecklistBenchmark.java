package io.postmortem.benchmarks;

import io.postmortem.core.checklist.ChecklistEngine;
import io.postmortem.core.checklist.ChecklistReport;
import io.postmortem.core.checklist.ChecklistSettings;
import io.postmortem.core.checklist.StandardChecklist;
import io.postmortem.core.postmortem.Postmortem;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code evaluate()} of the standard checklist: a realistic postmortem (50 items, 20 KB of
 * narrative; goal ≤ 1 ms), a large one (500 items, 1 MB; goal ≤ 50 ms), the worst case of issue 9
 * (10,000 items, 1 MB, every sentence flagged; goal ≤ 100 ms of CPU), and a text-size series with
 * the items fixed, whose times should grow in proportion to the text.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChecklistBenchmark {

  @State(Scope.Benchmark)
  public static class Fixed {
    final ChecklistEngine engine = StandardChecklist.engine();
    final ChecklistSettings settings = ChecklistSettings.defaults();
    Postmortem realistic;
    Postmortem large;
    Postmortem mixedLanguage;
    Postmortem phraseDense;

    @Setup
    public void build() {
      realistic = Postmortems.of(50, 20 * 1024, 1);
      mixedLanguage = Postmortems.of(50, 20 * 1024, 1, true);
      large = Postmortems.of(500, 1024 * 1024, 2);
      phraseDense = Postmortems.phraseDense(10_000, 1024 * 1024, 4);
    }
  }

  @State(Scope.Benchmark)
  public static class Scaling {
    @Param({"16", "64", "256", "1024"})
    public int narrativeKb;

    final ChecklistEngine engine = StandardChecklist.engine();
    final ChecklistSettings settings = ChecklistSettings.defaults();
    Postmortem postmortem;

    @Setup
    public void build() {
      postmortem = Postmortems.of(50, narrativeKb * 1024, 3);
    }
  }

  @Benchmark
  public ChecklistReport realistic50Items20Kb(Fixed state) {
    return state.engine.evaluate(state.realistic, state.settings, Postmortems.TODAY);
  }

  @Benchmark
  public ChecklistReport realisticMixedEnglishGerman(Fixed state) {
    return state.engine.evaluate(state.mixedLanguage, state.settings, Postmortems.TODAY);
  }

  @Benchmark
  public ChecklistReport large500Items1Mb(Fixed state) {
    return state.engine.evaluate(state.large, state.settings, Postmortems.TODAY);
  }

  /** Issue 9: 10,000 items and 1 MB in which every sentence is flagged; goal ≤ 100 ms of CPU. */
  @Benchmark
  public ChecklistReport worst10000Items1MbAllFlagged(Fixed state) {
    return state.engine.evaluate(state.phraseDense, state.settings, Postmortems.TODAY);
  }

  @Benchmark
  public ChecklistReport narrativeScaling(Scaling state) {
    return state.engine.evaluate(state.postmortem, state.settings, Postmortems.TODAY);
  }
}
