package dev.imagegen.generator.load;

import java.util.List;

/**
 * Why a value breaks a constraint, worded as the generated client's validator words it
 * ({@code dev.imagegen.client.validation}): a spec's default that breaks its own parameter's
 * constraints reads as a caller's value that does, such as {@code 9 is above maximum 8}. Values come
 * shown already ({@link SpecValues#show(Object)}). {@code DefaultWordingTest} checks that the loader
 * and the validator agree.
 */
final class ValueReasons {

  private ValueReasons() {}

  /** {@code expected an integer, got 1.5}; {@code what} is {@code a string}, {@code an integer}, ... */
  static String expected(String what, String value) {
    return "expected " + what + ", got " + value;
  }

  /** {@code 100000000000000000000 is not a 64-bit integer}. */
  static String notALong(String value) {
    return value + " is not a 64-bit integer";
  }

  static String belowMinimum(String value, String minimum) {
    return value + " is below minimum " + minimum;
  }

  static String aboveMaximum(String value, String maximum) {
    return value + " is above maximum " + maximum;
  }

  static String notAMultiple(String value, String step) {
    return value + " is not a multiple of " + step;
  }

  /** {@code length 2 is below minimum length 3}; lengths in code points. */
  static String belowMinLength(int length, int minLength) {
    return "length " + length + " is below minimum length " + minLength;
  }

  /** {@code length 4 is above maximum length 3}; lengths in code points. */
  static String aboveMaxLength(int length, int maxLength) {
    return "length " + length + " is above maximum length " + maxLength;
  }

  /** {@code "c" is not one of ["a", "b"]}. */
  static String notOneOf(String value, List<String> allowed) {
    return value + " is not one of [" + String.join(", ", allowed) + "]";
  }
}
