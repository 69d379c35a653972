package dev.imagegen.generator.export.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a derived JSON Schema (2020-12) into an OpenAPI 3.0 Schema Object, which is a subset of an
 * older draft: {@code $schema} goes, and {@code const} becomes a one-value {@code enum}. Every other
 * keyword the derivation uses means the same in both.
 */
final class OpenApi30Schema {

  private OpenApi30Schema() {}

  static ObjectNode from(ObjectNode jsonSchema) {
    ObjectNode schema = jsonSchema.deepCopy();
    schema.remove("$schema");
    JsonNode properties = schema.path("properties");
    properties.forEach(property -> {
      ObjectNode object = (ObjectNode) property;
      JsonNode constant = object.remove("const");
      if (constant != null) {
        object.putArray("enum").add(constant);
      }
    });
    return schema;
  }
}
