package dev.imagegen.contract.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** Validates JSON against a JSON Schema (draft 2020-12) and lists what is wrong, sorted. */
public final class JsonSchemas {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private JsonSchemas() {}

  /** Every problem of {@code json} against {@code schema}; empty when it validates. */
  public static List<String> problems(JsonNode schema, JsonNode json) {
    return FACTORY.getSchema(schema).validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
