package dev.imagegen.generator.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Spec values ({@link String}, {@link Long}, {@link BigDecimal}, {@link Boolean}) as JSON nodes.
 *
 * <p>Whole numbers are written without a fraction ({@code 512}, never {@code 512.0} or
 * {@code 5.12E+2}), so that exports read like the specs they come from.
 */
public final class SpecJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SpecJson() {}

  /** The JSON form of a spec value. */
  public static JsonNode value(Object value) {
    if (value instanceof String text) {
      return NODES.textNode(text);
    }
    if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    }
    if (value instanceof Long || value instanceof Integer) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return number(decimal);
    }
    throw new IllegalArgumentException("not a spec value: " + value.getClass().getName());
  }

  /** An exact JSON number: an integer when {@code decimal} is whole, else its shortest decimal form. */
  public static JsonNode number(BigDecimal decimal) {
    BigDecimal stripped = decimal.stripTrailingZeros();
    if (stripped.scale() > 0) {
      return NODES.numberNode(stripped);
    }
    BigInteger whole = stripped.toBigIntegerExact();
    return whole.bitLength() < Long.SIZE ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
  }
}
