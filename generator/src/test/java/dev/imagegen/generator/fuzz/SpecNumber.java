package dev.imagegen.generator.fuzz;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number as a spec writes it ({@code text}, the exact JSON token, such as {@code -0.0} or {@code 1E+400})
 * and as it compares ({@code value}).
 */
record SpecNumber(String text, BigDecimal value) {

  /** Numbers at the edges of {@code double}, {@code long} and {@code int}, with many digits, and zero with a sign. */
  static final List<SpecNumber> EDGES = of(
      "0", "-0", "-0.0", "0.0", "1", "-1", "8", "8.0", "0.45", "1.5", "-2.5", "100.00", "1e2", "1E+2", "2.5E+3",
      "1E+308", "1.7976931348623157E308", "-1.7976931348623157E308", "1E+400", "-1E+400", "1E-400", "4.9E-324",
      "1e-7", "0.000001", "0.1000000000000000055511151231257827021181583404541015625",
      "123456789012345678901234567890", "-123456789012345678901234567890.123456789",
      "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
      "2147483647", "2147483648", "-2147483649", "9007199254740993", "3.4028235E38");

  /**
   * Numbers beyond what the loader lets a spec hold (more than 100 significant digits, or a magnitude
   * past {@code 1e1000}), drawn rarely, to see that the refusal is one short line.
   */
  static final List<SpecNumber> OUT_OF_BOUNDS = of(
      "1e1001", "-1e1001", "1e-1001", "1" + "0".repeat(100) + "1", "0." + "1".repeat(101));

  /** Steps for {@code multipleOf}: all positive, some tiny, huge or recurring. */
  static final List<SpecNumber> STEPS = of(
      "1", "8", "0.5", "0.01", "0.1", "3", "1E-300", "1E+10", "0.3333333333333333", "64", "1.0", "1e-400", "7E+30");

  static SpecNumber of(BigDecimal value) {
    return new SpecNumber(value.toString(), value);
  }

  /** True when the number has no fraction and fits a {@code long}, as an integer parameter's default must. */
  boolean isLong() {
    try {
      value.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static List<SpecNumber> of(String... texts) {
    return List.of(texts).stream().map(text -> new SpecNumber(text, new BigDecimal(text))).toList();
  }
}
