package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.imagegen.generator.spec.ParameterSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Exact numbers inside a parameter's range and on its {@code multipleOf} grid, with the bounds
 * themselves drawn often: one value in four is a boundary.
 */
final class Numbers {

  /** Bounds for an integer parameter without a range: the whole 64-bit range. */
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  /** Bounds for a number parameter without a range. */
  private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1000000");
  /** The grid of a number parameter without {@code multipleOf}: four decimals. */
  private static final BigDecimal FINE_STEP = new BigDecimal("0.0001");

  private Numbers() {}

  /** Valid values of an integer or number parameter; integers have scale 0. */
  static Gen<BigDecimal> valid(ParameterSpec parameter, boolean integer) {
    Grid grid = Grid.of(parameter, integer);
    Gen<BigDecimal> anywhere = longs().between(grid.lowest(), grid.highest()).map(grid::value);
    List<BigDecimal> boundaries = Stream.of(grid.lowest(), grid.lowest() + 1, grid.highest() - 1, grid.highest())
        .filter(k -> k >= grid.lowest() && k <= grid.highest())
        .map(grid::value)
        .distinct()
        .toList();
    return Generate.frequency(
        Pair.of(1, Generate.pick(boundaries)),
        Pair.of(3, anywhere));
  }

  /** The largest grid value below the minimum, when the parameter has one and it fits. */
  static Optional<BigDecimal> belowMinimum(ParameterSpec parameter, boolean integer) {
    Grid grid = Grid.of(parameter, integer);
    long below = grid.lowest() - 1;
    return parameter.minimum().isPresent() && grid.fits(below) ? Optional.of(grid.value(below)) : Optional.empty();
  }

  /** The smallest grid value above the maximum, when the parameter has one and it fits. */
  static Optional<BigDecimal> aboveMaximum(ParameterSpec parameter, boolean integer) {
    Grid grid = Grid.of(parameter, integer);
    long above = grid.highest() + 1;
    return parameter.maximum().isPresent() && grid.fits(above) ? Optional.of(grid.value(above)) : Optional.empty();
  }

  /** In-range values halfway between two multiples, when the parameter has a {@code multipleOf} and room for one. */
  static Optional<Gen<BigDecimal>> notMultiple(ParameterSpec parameter, boolean integer) {
    Grid grid = Grid.of(parameter, integer);
    if (parameter.multipleOf().isEmpty() || grid.lowest() >= grid.highest()) {
      return Optional.empty();
    }
    BigDecimal offset = integer ? BigDecimal.ONE : grid.step().divide(BigDecimal.valueOf(2));
    if (integer && grid.step().compareTo(BigDecimal.ONE) <= 0) {
      return Optional.empty();
    }
    return Optional.of(longs().between(grid.lowest(), grid.highest() - 1).map(k -> grid.value(k).add(offset)));
  }

  /**
   * A range as multiples of a step: value = k * step for k in [lowest, highest]. Integers without
   * {@code multipleOf} use step 1 and the 64-bit range; numbers without it use {@link #FINE_STEP}.
   */
  private record Grid(BigDecimal step, long lowest, long highest, boolean integer) {

    static Grid of(ParameterSpec parameter, boolean integer) {
      BigDecimal step = parameter.multipleOf().orElse(integer ? BigDecimal.ONE : FINE_STEP);
      BigDecimal floor = parameter.minimum().orElse(integer ? LONG_MIN : NUMBER_LIMIT.negate());
      BigDecimal ceiling = parameter.maximum().orElse(integer ? LONG_MAX : NUMBER_LIMIT);
      long lowest = floor.divide(step, 0, RoundingMode.CEILING).longValueExact();
      long highest = ceiling.divide(step, 0, RoundingMode.FLOOR).longValueExact();
      return new Grid(step, lowest, highest, integer);
    }

    /** Grid point {@code k}, without trailing zeros, never in exponent form. */
    BigDecimal value(long k) {
      BigDecimal value = step.multiply(BigDecimal.valueOf(k)).stripTrailingZeros();
      return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Whether grid point {@code k} exists and, for an integer, fits in 64 bits. */
    boolean fits(long k) {
      if (k == Long.MIN_VALUE || k == Long.MAX_VALUE) {
        return false;
      }
      BigDecimal value = value(k);
      return !integer || (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0);
    }
  }
}
