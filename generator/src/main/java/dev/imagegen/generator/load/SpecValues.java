package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Converts spec values between JSON and Java, and writes them into messages the way a spec shows them:
 * strings quoted, numbers plain ({@code 0.45}, never {@code 4.5E-1}).
 */
final class SpecValues {

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private static final int SHOWN_CHARACTERS = 60;
  private static final int SHOWN_DIGITS = 20;

  private SpecValues() {}

  /**
   * A scalar as the spec model holds it: {@link String}, {@link Boolean}, {@link Long} for a number
   * without a fraction ({@code 8} and {@code 8.0} alike, as JSON Schema sees them), else {@link BigDecimal}.
   */
  static Object scalar(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return number(node.decimalValue());
    }
    throw new IllegalArgumentException("not a scalar: " + node);
  }

  /** A {@link Long} when {@code value} is a whole number that fits, else {@code value}. */
  static Object number(BigDecimal value) {
    boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    boolean fits = value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
    return whole && fits ? (Object) value.longValueExact() : value;
  }

  /** {@code value} as an exact decimal, for comparisons; {@code value} must be a number. */
  static BigDecimal decimal(Object value) {
    return value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value;
  }

  static boolean isNumber(Object value) {
    return value instanceof Long || value instanceof BigDecimal;
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}: the items of {@code items}, which has at least one, as a sentence lists them. */
  static String listed(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }

  /** {@code value} as written in a spec; a long string is cut short, so that an error stays one readable line. */
  static String show(Object value) {
    if (value instanceof String text) {
      return text.length() <= SHOWN_CHARACTERS
          ? new TextNode(text).toString()
          : new TextNode(text.substring(0, SHOWN_CHARACTERS)).toString() + "... (" + text.length() + " characters)";
    }
    if (value instanceof BigDecimal decimal) {
      return show(decimal);
    }
    return String.valueOf(value);
  }

  /**
   * {@code 0.45} and {@code 2048} as written. A number whose plain form would be long is shown in
   * scientific form, cut to its first digits: {@code 1E+999999}, {@code 1.797693134862315699…E+308 (309 digits)}.
   */
  static String show(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    // Checked before toPlainString, which would write a million digits for 1e999999.
    boolean plainIsShort = stripped.precision() <= SHOWN_CHARACTERS
        && Math.abs((long) stripped.precision() - stripped.scale()) <= SHOWN_CHARACTERS
        && stripped.scale() <= SHOWN_CHARACTERS;
    if (plainIsShort) {
      return stripped.toPlainString();
    }
    String digits = stripped.unscaledValue().abs().toString();
    long exponent = (long) stripped.precision() - stripped.scale() - 1;
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1, Math.min(digits.length(), SHOWN_DIGITS))
        + (digits.length() > SHOWN_DIGITS ? "…" : "");
    return (stripped.signum() < 0 ? "-" : "") + mantissa + "E" + (exponent >= 0 ? "+" : "") + exponent
        + (digits.length() > SHOWN_DIGITS ? " (" + digits.length() + " digits)" : "");
  }

  /** A JSON value as written in a spec. */
  static String show(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? show(scalar(node)) : node.toString();
  }
}
