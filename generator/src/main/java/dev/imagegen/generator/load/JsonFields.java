package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads the fields of a JSON object that the schema has already checked, so that readers need no
 * type checks of their own.
 */
final class JsonFields {

  private JsonFields() {}

  static String text(JsonNode object, String field) {
    return object.get(field).textValue();
  }

  static Optional<String> optionalText(JsonNode object, String field) {
    return Optional.ofNullable(object.get(field)).map(JsonNode::textValue);
  }

  static Optional<BigDecimal> optionalDecimal(JsonNode object, String field) {
    return Optional.ofNullable(object.get(field)).map(JsonNode::decimalValue);
  }

  static OptionalInt optionalInt(JsonNode object, String field) {
    JsonNode node = object.get(field);
    return node == null ? OptionalInt.empty() : OptionalInt.of(node.intValue());
  }

  static Optional<Object> optionalScalar(JsonNode object, String field) {
    return Optional.ofNullable(object.get(field)).map(SpecValues::scalar);
  }

  /** The elements of the array {@code field}, converted; empty when the field is absent. */
  static <T> List<T> list(JsonNode object, String field, Function<JsonNode, T> convert) {
    List<T> values = new ArrayList<>();
    object.path(field).forEach(element -> values.add(convert.apply(element)));
    return values;
  }
}
