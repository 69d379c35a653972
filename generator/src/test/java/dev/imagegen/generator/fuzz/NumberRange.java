package dev.imagegen.generator.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code minimum}, {@code maximum}, {@code multipleOf} and {@code default} of an {@code integer} or
 * {@code number} parameter, drawn from {@link SpecNumber#EDGES}: bounds in order (sometimes equal), a
 * positive step, and a default only when one meets every constraint.
 */
final class NumberRange {

  // Beyond this many digits a quotient is not worth computing: no default is drawn then.
  private static final int MAX_QUOTIENT_DIGITS = 1_000;

  private final Optional<SpecNumber> minimum;
  private final Optional<SpecNumber> maximum;
  private final Optional<SpecNumber> multipleOf;
  private final boolean integer;

  private NumberRange(Optional<SpecNumber> minimum, Optional<SpecNumber> maximum, Optional<SpecNumber> multipleOf, boolean integer) {
    this.minimum = minimum;
    this.maximum = maximum;
    this.multipleOf = multipleOf;
    this.integer = integer;
  }

  /** A random range for a parameter of type {@code integer} (when {@code integer}) or {@code number}. */
  static NumberRange draw(Draw draw, boolean integer) {
    Optional<SpecNumber> min = draw.chance(0.6)
        ? Optional.of(draw.pick(draw.chance(0.01) ? SpecNumber.OUT_OF_BOUNDS : SpecNumber.EDGES)) : Optional.empty();
    Optional<SpecNumber> max = draw.chance(0.6) ? Optional.of(draw.pick(SpecNumber.EDGES)) : Optional.empty();
    if (min.isPresent() && draw.chance(0.15)) {
      max = min;
    }
    if (min.isPresent() && max.isPresent() && min.get().value().compareTo(max.get().value()) > 0) {
      Optional<SpecNumber> swap = min;
      min = max;
      max = swap;
    }
    Optional<SpecNumber> step = draw.chance(0.3) ? Optional.of(draw.pick(SpecNumber.STEPS)) : Optional.empty();
    return new NumberRange(min, max, step, integer);
  }

  /** Writes the constraints into {@code parameter}, and a default when {@code withDefault} and one fits. */
  void writeTo(ObjectNode parameter, Draw draw, boolean withDefault) {
    minimum.ifPresent(n -> parameter.putRawValue("minimum", new RawValue(n.text())));
    maximum.ifPresent(n -> parameter.putRawValue("maximum", new RawValue(n.text())));
    multipleOf.ifPresent(n -> parameter.putRawValue("multipleOf", new RawValue(n.text())));
    List<SpecNumber> defaults = validDefaults();
    if (withDefault && !defaults.isEmpty()) {
      parameter.putRawValue("default", new RawValue(draw.pick(defaults).text()));
    }
  }

  private List<SpecNumber> validDefaults() {
    List<SpecNumber> candidates = new ArrayList<>(SpecNumber.EDGES);
    minimum.ifPresent(candidates::add);
    maximum.ifPresent(candidates::add);
    multipleOf.ifPresent(step -> firstMultipleFrom(step.value()).ifPresent(candidates::add));
    return candidates.stream().filter(this::fits).toList();
  }

  /** The smallest multiple of {@code step} at or above the minimum (or zero). */
  private Optional<SpecNumber> firstMultipleFrom(BigDecimal step) {
    BigDecimal from = minimum.map(SpecNumber::value).orElse(BigDecimal.ZERO);
    int digits = from.precision() - from.scale() - (step.precision() - step.scale());
    if (Math.abs(digits) > MAX_QUOTIENT_DIGITS) {
      return Optional.empty();
    }
    BigDecimal quotient = from.divide(step, 0, RoundingMode.CEILING);
    return Optional.of(SpecNumber.of(quotient.multiply(step)));
  }

  private boolean fits(SpecNumber candidate) {
    BigDecimal value = candidate.value();
    if (integer && !candidate.isLong()) {
      return false;
    }
    if (minimum.isPresent() && value.compareTo(minimum.get().value()) < 0) {
      return false;
    }
    if (maximum.isPresent() && value.compareTo(maximum.get().value()) > 0) {
      return false;
    }
    return multipleOf.map(step -> value.remainder(step.value()).signum() == 0).orElse(true);
  }
}
