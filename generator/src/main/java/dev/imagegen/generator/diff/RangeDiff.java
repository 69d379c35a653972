package dev.imagegen.generator.diff;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Classifies a changed bound. A change that refuses a value the old spec accepted narrows the range
 * (breaking): a new bound, a lower bound raised, an upper bound lowered, a step that is no divisor
 * of the old step. A change that only accepts more widens it (minor), and so does a removed bound.
 */
final class RangeDiff {

  private static final String NARROWED = " (narrowed range)";
  private static final String WIDENED = " (widened range)";
  private static final String REMOVED = " (removed bound)";

  private RangeDiff() {}

  /** A {@code minimum} or {@code minLength}: raising it narrows. */
  static void lowerBound(ChangeSink sink, String label, Optional<BigDecimal> before, Optional<BigDecimal> after) {
    bound(sink, label, before, after, 1);
  }

  /** A {@code maximum} or {@code maxLength}: lowering it narrows. */
  static void upperBound(ChangeSink sink, String label, Optional<BigDecimal> before, Optional<BigDecimal> after) {
    bound(sink, label, before, after, -1);
  }

  /** A {@code multipleOf}: the new step keeps every old value only if it divides the old step. */
  static void step(ChangeSink sink, String label, Optional<BigDecimal> before, Optional<BigDecimal> after) {
    if (same(before, after)) {
      return;
    }
    boolean keepsOldValues = before.isPresent() && after.isPresent()
        && before.get().remainder(after.get()).signum() == 0;
    report(sink, label, before, after, keepsOldValues);
  }

  /** @param narrowingSign the sign of {@code after - before} that refuses old values */
  private static void bound(
      ChangeSink sink, String label, Optional<BigDecimal> before, Optional<BigDecimal> after, int narrowingSign) {
    if (same(before, after)) {
      return;
    }
    boolean widens = before.isPresent() && after.isPresent()
        && after.get().compareTo(before.get()) != narrowingSign;
    report(sink, label, before, after, widens);
  }

  private static void report(
      ChangeSink sink, String label, Optional<BigDecimal> before, Optional<BigDecimal> after, boolean keepsOldValues) {
    String change = label + " " + ValueText.of(before) + " -> " + ValueText.of(after);
    if (after.isEmpty()) {
      sink.add(ChangeLevel.MINOR, change + REMOVED);
    } else if (keepsOldValues) {
      sink.add(ChangeLevel.MINOR, change + WIDENED);
    } else {
      sink.add(ChangeLevel.BREAKING, change + NARROWED);
    }
  }

  private static boolean same(Optional<BigDecimal> before, Optional<BigDecimal> after) {
    return before.isEmpty() ? after.isEmpty() : after.isPresent() && before.get().compareTo(after.get()) == 0;
  }
}
