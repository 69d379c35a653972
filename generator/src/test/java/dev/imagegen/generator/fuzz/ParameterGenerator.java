package dev.imagegen.generator.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One entry of a model's {@code parameters}: a type, a hostile description, maybe a note, and the
 * constraints and default that the type allows, drawn so that the default meets them.
 */
final class ParameterGenerator {

  private static final List<String> TYPES = List.of("string", "integer", "number", "boolean", "enum", "image");
  private static final List<Integer> LENGTHS = List.of(0, 1, 2, 8, 64, 1_000, Integer.MAX_VALUE);
  private static final List<List<String>> IMAGE_FORMS = List.of(List.of("url"), List.of("base64"), List.of("url", "base64"), List.of("base64", "url"));

  private final Draw draw;
  private final NastyText text;
  private final EnumValues enumValues;

  ParameterGenerator(SetDraws draws) {
    this.draw = draws.draw();
    this.text = draws.text();
    this.enumValues = new EnumValues(draws);
  }

  /** A parameter object as a model file holds it under its wire name. */
  ObjectNode parameter() {
    ObjectNode parameter = JsonNodeFactory.instance.objectNode();
    String type = draw.pick(TYPES);
    parameter.put("type", type);
    parameter.put("description", text.text());
    boolean required = draw.chance(0.3);
    if (required || draw.chance(0.2)) {
      parameter.put("required", required);
    }
    boolean withDefault = !required && draw.chance(0.5);
    switch (type) {
      case "string" -> stringRules(parameter, withDefault);
      case "integer", "number" -> NumberRange.draw(draw, type.equals("integer")).writeTo(parameter, draw, withDefault);
      case "boolean" -> {
        if (withDefault) {
          parameter.put("default", draw.chance(0.5));
        }
      }
      case "enum" -> enumValues.writeTo(parameter, withDefault);
      default -> {
        ArrayNode forms = parameter.putArray("imageForms");
        draw.pick(IMAGE_FORMS).forEach(forms::add);
      }
    }
    if (draw.chance(0.3)) {
      parameter.put("note", text.text());
    }
    return parameter;
  }

  private void stringRules(ObjectNode parameter, boolean withDefault) {
    int min = draw.chance(0.3) ? draw.pick(LENGTHS) : 0;
    int max = draw.chance(0.3) ? draw.pick(LENGTHS) : Integer.MAX_VALUE;
    if (draw.chance(0.1)) {
      max = min;
    }
    if (min > max) {
      int swap = min;
      min = max;
      max = swap;
    }
    if (min > 0 || draw.chance(0.2)) {
      parameter.put("minLength", min);
    }
    if (max < Integer.MAX_VALUE || draw.chance(0.2)) {
      parameter.put("maxLength", max);
    }
    if (withDefault && min <= 5_000) {
      parameter.put("default", text.ofLength(draw.between(min, Math.min(max, min + 20))));
    }
  }
}
