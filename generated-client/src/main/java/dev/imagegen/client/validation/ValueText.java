package dev.imagegen.client.validation;

/** How a caller's value is shown in a violation message: short, and plain for numbers. */
final class ValueText {

  private static final int MAX_CHARS = 40;

  private ValueText() {}

  /** {@code "abc"}, {@code 4.5}, {@code true}, or {@code an object of type List}. */
  static String of(Object value) {
    if (value instanceof String) {
      return '"' + abbreviated((String) value) + '"';
    }
    if (value instanceof Number) {
      return Decimals.of((Number) value).map(Decimals::plain).orElse(value.toString());
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    return "an object of type " + value.getClass().getSimpleName();
  }

  /** At most {@value #MAX_CHARS} characters, then {@code ...}. */
  static String abbreviated(String text) {
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "...";
  }
}
