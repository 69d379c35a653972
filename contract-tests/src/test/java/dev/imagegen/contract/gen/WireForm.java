package dev.imagegen.contract.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.imagegen.client.ImageInput;
import dev.imagegen.generator.export.SpecJson;
import java.math.BigDecimal;

/**
 * The JSON a valid value must travel as: the oracle of the serialisation property. Numbers are
 * compared by value, so {@code 8}, {@code 8.0} and {@code 8E0} are the same number.
 */
public final class WireForm {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private WireForm() {}

  /** The JSON of {@code value}, a valid parameter value in any Java type the dynamic API takes. */
  public static JsonNode of(Object value) {
    if (value instanceof ImageInput image) {
      return NODES.textNode(image.wireValue());
    }
    if (value instanceof Number number) {
      return SpecJson.number(decimal(number));
    }
    return SpecJson.value(value);
  }

  /** Whether {@code sent} is the JSON {@code expected} stands for: equal, numbers by value. */
  public static boolean same(JsonNode expected, JsonNode sent) {
    if (expected.isNumber() && sent.isNumber()) {
      return expected.decimalValue().compareTo(sent.decimalValue()) == 0;
    }
    return expected.equals(sent);
  }

  /** The exact decimal of a number as the client reads it; a double by its shortest decimal spelling. */
  public static BigDecimal decimal(Number number) {
    return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
  }
}
