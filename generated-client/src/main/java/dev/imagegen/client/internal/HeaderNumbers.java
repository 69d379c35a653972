package dev.imagegen.client.internal;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads numbers from response headers, such as a credit balance or a wait in seconds. */
final class HeaderNumbers {

  private HeaderNumbers() {}

  /** {@code value} as a decimal, surrounding whitespace ignored; empty when it is no number. */
  static Optional<BigDecimal> decimal(String value) {
    try {
      return Optional.of(new BigDecimal(value.trim()));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
