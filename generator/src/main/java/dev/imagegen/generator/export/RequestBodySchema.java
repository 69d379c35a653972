package dev.imagegen.generator.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.spec.ImageForm;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ParameterType;
import java.util.Set;

/**
 * The JSON Schema (draft 2020-12) of a model's JSON request body, derived from its spec alone.
 *
 * <p>Every parameter becomes a property carrying all of its constraints; fixed fields (Qolaba's
 * {@code app_id}) become required {@code const} properties; {@code additionalProperties} is false, so
 * a body with an unknown key or a {@code null} is refused. The OpenAPI export, the WireMock export
 * and the contract tests all use this one schema, so they cannot drift apart.
 *
 * <pre>{@code
 * ObjectNode schema = RequestBodySchema.of(fluxSchnell);
 * // {"$schema": ".../2020-12/schema", "title": "Flux.1 Schnell request body", "type": "object",
 * //  "properties": {"prompt": {"type": "string", ...}, "steps": {"type": "integer", "minimum": 1, ...}},
 * //  "required": ["prompt"], "additionalProperties": false}
 * }</pre>
 */
public final class RequestBodySchema {

  /** The dialect every derived schema declares in {@code $schema}. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** A URL the server can fetch: what a URL-only image parameter must look like. */
  public static final String URL_PATTERN = "^https?://";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RequestBodySchema() {}

  /** A new schema tree for the body of {@code model}; callers may change it freely. */
  public static ObjectNode of(ModelSpec model) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", model.title() + " request body");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    model.fixedFields().forEach((name, value) -> {
      properties.putObject(name).set("const", SpecJson.value(value));
      required.add(name);
    });
    for (ParameterSpec parameter : model.parameters()) {
      properties.set(parameter.name(), property(parameter));
      if (parameter.required()) {
        required.add(parameter.name());
      }
    }
    schema.set("required", required);
    schema.put("additionalProperties", false);
    return schema;
  }

  private static ObjectNode property(ParameterSpec parameter) {
    ObjectNode property = NODES.objectNode();
    property.put("type", jsonType(parameter));
    property.put("description", parameter.description());
    parameter.defaultValue().ifPresent(value -> property.set("default", SpecJson.value(value)));
    if (parameter.type() == ParameterType.ENUM) {
      ArrayNode values = property.putArray("enum");
      parameter.enumValues().forEach(value -> values.add(SpecJson.value(value)));
    }
    if (parameter.type() == ParameterType.IMAGE && parameter.imageForms().equals(Set.of(ImageForm.URL))) {
      property.put("format", "uri");
      property.put("pattern", URL_PATTERN);
    }
    parameter.minimum().ifPresent(value -> property.set("minimum", SpecJson.number(value)));
    parameter.maximum().ifPresent(value -> property.set("maximum", SpecJson.number(value)));
    parameter.multipleOf().ifPresent(value -> property.set("multipleOf", SpecJson.number(value)));
    parameter.minLength().ifPresent(value -> property.put("minLength", value));
    parameter.maxLength().ifPresent(value -> property.put("maxLength", value));
    return property;
  }

  /** The JSON type of a parameter; the loader lets through only enums of all strings or all integers. */
  private static String jsonType(ParameterSpec parameter) {
    return switch (parameter.type()) {
      case STRING, IMAGE -> "string";
      case INTEGER -> "integer";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case ENUM -> parameter.isIntegerEnum() ? "integer" : "string";
    };
  }
}
