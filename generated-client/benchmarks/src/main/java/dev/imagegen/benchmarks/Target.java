package dev.imagegen.benchmarks;

/**
 * One target a benchmark judges: what it asks, whether the figures measured in the run meet it, and
 * those figures.
 *
 * @param rule what the target asks, such as {@code per-call time <= 1.10 x raw OkHttp}
 * @param met whether the run's figures meet it
 * @param figures the figures it was judged on, such as {@code 1.04 x (212 us vs 204 us)}
 */
record Target(String rule, boolean met, String figures) {

  @Override
  public String toString() {
    return String.format("  %s  %-58s %s", met ? "PASS" : "FAIL", rule, figures);
  }
}
