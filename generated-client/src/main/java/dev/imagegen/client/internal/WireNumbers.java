package dev.imagegen.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads numbers the server sends, in response headers or JSON fields, such as a credit balance, a
 * time in seconds or a seed. A value that is no number of its kind reads as absent, never as an error:
 * these are reports about a call that already succeeded.
 */
final class WireNumbers {

  /** The longest duration in seconds that a long of nanoseconds holds. */
  private static final BigDecimal LONGEST_SECONDS = BigDecimal.valueOf(Long.MAX_VALUE, 9);

  private WireNumbers() {}

  /** {@code value} as a decimal, surrounding whitespace ignored; empty when it is no number. */
  static Optional<BigDecimal> decimal(String value) {
    try {
      return Optional.of(new BigDecimal(value.trim()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  /**
   * A JSON number, or a string holding one, as a decimal; empty for a number no double holds, such as
   * {@code 1E+400}, which the parser reads as infinity.
   */
  static Optional<BigDecimal> decimal(JsonNode value) {
    if (value.isNumber()) {
      try {
        return Optional.of(value.decimalValue());
      } catch (NumberFormatException infinite) {
        return Optional.empty();
      }
    }
    return value.isTextual() ? decimal(value.asText()) : Optional.empty();
  }

  /** A decimal number of seconds as a duration, to the nanosecond; empty when negative or out of range. */
  static Optional<Duration> seconds(BigDecimal seconds) {
    // Checked first: a number such as 1E+999999999 would take the heap to expand.
    if (seconds.signum() < 0 || seconds.compareTo(LONGEST_SECONDS) > 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofNanos(seconds.movePointRight(9).toBigInteger().longValueExact()));
    } catch (ArithmeticException tooLong) {
      return Optional.empty();
    }
  }

  /** A whole number that fits a {@code long}; empty for a fraction or one out of range. */
  static Optional<Long> wholeNumber(BigDecimal value) {
    try {
      return Optional.of(value.longValueExact());
    } catch (ArithmeticException notWhole) {
      return Optional.empty();
    }
  }
}
