package dev.imagegen.contract.engine;

import dev.imagegen.contract.spec.ModelUnderTest;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Runs one property for one model with QuickTheories: the tries its {@link Budget} gives the model,
 * each within a time limit, the seed from {@code -DQT_SEED} when given, and a report that ends with
 * the command replaying a failure.
 */
final class Trials {

  /** Shrinking re-runs HTTP exchanges; this bounds the time a failure takes to report. */
  static final int SHRINK_CYCLES = 200;
  /** Each re-run of a real-time try takes up to a second. */
  static final int REAL_TIME_SHRINK_CYCLES = 10;
  /** The system property QuickTheories reads its fixed seed from; the replay line sets it. */
  private static final String SEED_PROPERTY = "QT_SEED";

  private Trials() {}

  /**
   * Runs {@code tries} tries of {@code property} for {@code model}, which {@code budget} gave it, and at
   * most {@code shrinkCycles} re-runs to shrink a counterexample.
   */
  static <T> void check(Property property, ModelUnderTest model, Budget budget, int tries, int shrinkCycles, Gen<T> values,
      Consumer<T> check) {
    // Picked here rather than by QuickTheories, so that a try that hangs is reported with its seed too.
    long seed = seed();
    try (BoundedTries<T> bounded = new BoundedTries<>(check)) {
      QuickTheory.qt()
          .withFixedSeed(seed)
          .withExamples(tries)
          .withShrinkCycles(shrinkCycles)
          .withReporter(new ReplayReporter(property, model, budget, bounded, seed))
          .forAll(values)
          .checkAssert(bounded);
    }
    Coverage.tried(property.name(), model, tries);
  }

  /** {@code -DQT_SEED} when given; a fresh seed, as QuickTheories picks one, otherwise. */
  private static long seed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    return fixed == null ? System.nanoTime() : Long.parseLong(fixed.trim());
  }
}
