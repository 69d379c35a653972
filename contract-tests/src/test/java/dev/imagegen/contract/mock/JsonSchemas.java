package dev.imagegen.contract.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates JSON against a JSON Schema (draft 2020-12) and lists what is wrong, sorted. */
public final class JsonSchemas {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  /** Each schema compiled once: compiling costs far more than validating, and a try validates against a few. */
  private static final Map<JsonNode, JsonSchema> COMPILED = new ConcurrentHashMap<>();

  private JsonSchemas() {}

  /** Every problem of {@code json} against {@code schema} (not changed afterwards); empty when it validates. */
  public static List<String> problems(JsonNode schema, JsonNode json) {
    return COMPILED.computeIfAbsent(schema, FACTORY::getSchema).validate(json).stream()
        .map(ValidationMessage::getMessage)
        .sorted()
        .toList();
  }
}
