package dev.imagegen.contract.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.StatusOutcome;
import java.util.Set;

/**
 * JSON Schemas of the answers a provider documents, derived from its spec: the status values of a
 * v2 answer are exactly the spec's, by outcome. The stub audit validates every stubbed body with them.
 */
final class ResponseSchemas {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResponseSchemas() {}

  /** {@code {request_id, status}} with a pending status: the answer to a submit. */
  static ObjectNode submitAccepted(SegmindV2Spec v2) {
    ObjectNode schema = object("request_id", "status");
    schema.withObjectProperty("properties").putObject("request_id").put("type", "string").put("minLength", 1);
    schema.withObjectProperty("properties").set("status", statuses(v2, Set.of(StatusOutcome.PENDING)));
    return schema;
  }

  /** {@code {status, error?}} with any status of the spec. */
  static ObjectNode jobStatus(SegmindV2Spec v2) {
    ObjectNode schema = object("status");
    schema.withObjectProperty("properties").set("status", statuses(v2, Set.of(StatusOutcome.values())));
    schema.withObjectProperty("properties").putObject("error").put("type", "string");
    return schema;
  }

  /** {@code {status, error?}} with any status text: a status value off the spec's list, on purpose. */
  static ObjectNode offListStatus() {
    ObjectNode schema = object("status");
    schema.withObjectProperty("properties").putObject("status").put("type", "string");
    schema.withObjectProperty("properties").putObject("error").put("type", "string");
    return schema;
  }

  /**
   * A succeeded status and the output, in the fields the spec's {@code async.result} names: the seed a
   * whole number, the metrics an object of non-negative numbers (the retry count a whole one).
   */
  static ObjectNode jobResult(SegmindV2Spec v2) {
    ResultFieldsSpec fields = Replies.resultFields(v2);
    ObjectNode schema = object("status", fields.output());
    ObjectNode properties = schema.withObjectProperty("properties");
    properties.set("status", statuses(v2, Set.of(StatusOutcome.SUCCEEDED)));
    fields.seedField().ifPresent(seed -> properties.putObject(seed).put("type", "integer"));
    fields.metricsField().ifPresent(field -> {
      ObjectNode metrics = properties.putObject(field).put("type", "object").putObject("properties");
      fields.metrics().forEach((metric, name) -> metrics.putObject(name)
          .put("type", metric == ResultMetric.RETRY_COUNT ? "integer" : "number").put("minimum", 0));
    });
    return schema;
  }

  /** {@code {status, error}} with a failed status: the failed HTTP status's body. */
  static ObjectNode jobFailed(SegmindV2Spec v2) {
    ObjectNode schema = object("status", "error");
    schema.withObjectProperty("properties").set("status", statuses(v2, Set.of(StatusOutcome.FAILED)));
    schema.withObjectProperty("properties").putObject("error").put("type", "string");
    return schema;
  }

  /** {@code {error}}: an error answer. */
  static ObjectNode error() {
    ObjectNode schema = object("error");
    schema.withObjectProperty("properties").putObject("error").put("type", "string");
    return schema;
  }

  private static ObjectNode object(String... required) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    schema.putObject("properties");
    ArrayNode names = schema.putArray("required");
    for (String name : required) {
      names.add(name);
    }
    return schema;
  }

  private static ObjectNode statuses(SegmindV2Spec v2, Set<StatusOutcome> outcomes) {
    ObjectNode status = NODES.objectNode();
    ArrayNode values = status.putArray("enum");
    v2.statuses().forEach((value, outcome) -> {
      if (outcomes.contains(outcome)) {
        values.add(value);
      }
    });
    return status;
  }
}
