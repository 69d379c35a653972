package dev.imagegen.contract.engine;

import dev.imagegen.contract.spec.ModelUnderTest;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Runs one property for one model with QuickTheories: a bounded number of tries ({@code
 * -Dcontract.tries}, 50 by default, 500 with {@code -Pdeep}), the seed from {@code -DQT_SEED} when
 * given, and a report that ends with the command replaying a failure.
 */
public final class Trials {

  /** Shrinking re-runs HTTP exchanges; this bounds the time a failure takes to report. */
  private static final int SHRINK_CYCLES = 200;
  private static final int DEFAULT_TRIES = 50;

  private Trials() {}

  /** Tries per property and model. */
  public static int tries() {
    return Integer.getInteger("contract.tries", DEFAULT_TRIES);
  }

  static <T> void check(Class<?> testClass, String property, ModelUnderTest model, Gen<T> values, Consumer<T> check) {
    QuickTheory.qt()
        .withExamples(tries())
        .withShrinkCycles(SHRINK_CYCLES)
        .withReporter(new ReplayReporter(testClass, property, model))
        .forAll(values)
        .checkAssert(check);
    Coverage.tried(property, model, tries());
  }
}
