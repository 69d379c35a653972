package dev.imagegen.generator.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices of one spec set, all from one seed, so that the same seed draws the same set.
 * Every generator of the fuzz package draws through this class and nothing else.
 */
final class Draw {

  private final SplittableRandom random;

  /** The draws of the spec set with this {@code seed}. */
  Draw(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** True with probability {@code p} (0 to 1). */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  /** Any {@code long}. */
  long anyLong() {
    return random.nextLong();
  }

  /** One of {@code items}, which must not be empty. */
  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
