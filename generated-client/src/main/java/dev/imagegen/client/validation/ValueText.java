package dev.imagegen.client.validation;

import java.util.List;
import java.util.stream.Collectors;

/** How a value is shown in a violation message: strings quoted and short, numbers plain. */
final class ValueText {

  private static final int MAX_CHARS = 40;

  private ValueText() {}

  /** {@code "abc"}, {@code 4.5}, {@code true}, or {@code an object of type List}. */
  static String of(Object value) {
    if (value instanceof String) {
      return '"' + abbreviated((String) value) + '"';
    }
    if (value instanceof Number) {
      return Decimals.of((Number) value).map(Decimals::shown).orElse(value.toString());
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return "an object of type " + value.getClass().getSimpleName();
  }

  /**
   * {@code ["euler", "heun"]} or {@code [512, 768]}: each value as {@link #of} shows it, so that a
   * string holding a comma, such as {@code "DPM++ 2M, Karras"}, still reads as one value.
   */
  static String list(List<?> values) {
    return values.stream().map(ValueText::of).collect(Collectors.joining(", ", "[", "]"));
  }

  /** At most {@value #MAX_CHARS} characters, then {@code ...}. */
  private static String abbreviated(String text) {
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "...";
  }
}
