package dev.imagegen.generator.diff;

import java.math.BigDecimal;
import java.util.Optional;

/** Spec values as the report prints them: strings quoted, numbers as written, an absent value as {@code (none)}. */
final class ValueText {

  static final String NONE = "(none)";

  private ValueText() {}

  static String of(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(ValueText::of).orElse(NONE);
    }
    if (value instanceof String text) {
      return "\"" + text + "\"";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }
}
