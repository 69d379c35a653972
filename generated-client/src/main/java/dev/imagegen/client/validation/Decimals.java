package dev.imagegen.client.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** Exact decimal views of numbers, and their plain spelling in messages ({@code 0.5}, never {@code 5E-1}). */
final class Decimals {

  private Decimals() {}

  /** The longest plain spelling {@link #shown} writes; a longer one would bury the message. */
  private static final int SHOWN_DIGITS = 40;

  /** {@code 8} for 8.0, {@code 0.5} for 5E-1. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** {@link #plain} when it is at most {@value #SHOWN_DIGITS} characters, else scientific: {@code 1E+500}. */
  static String shown(BigDecimal value) {
    String plain = plain(value);
    return plain.length() <= SHOWN_DIGITS ? plain : value.stripTrailingZeros().toString();
  }

  /** The exact value of {@code number}; empty for NaN and infinities. */
  static Optional<BigDecimal> of(Number number) {
    if (number instanceof BigDecimal) {
      return Optional.of((BigDecimal) number);
    }
    if (number instanceof BigInteger) {
      return Optional.of(new BigDecimal((BigInteger) number));
    }
    if (number instanceof Double || number instanceof Float) {
      double value = number.doubleValue();
      // Float.toString keeps 0.1f as 0.1 where widening to double would not.
      return Double.isFinite(value) ? Optional.of(new BigDecimal(number.toString())) : Optional.empty();
    }
    if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
      return Optional.of(BigDecimal.valueOf(number.longValue()));
    }
    try {
      return Optional.of(new BigDecimal(number.toString()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code value} as a long when it is integral and fits; empty otherwise. */
  static Optional<Long> longValue(BigDecimal value) {
    try {
      return Optional.of(value.longValueExact());
    } catch (ArithmeticException notIntegralOrTooLarge) {
      return Optional.empty();
    }
  }

  static boolean isIntegral(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
