package dev.imagegen.contract.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.StatusOutcome;
import java.util.ArrayList;
import java.util.List;
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

  /** {@code {status, error?, <metrics>?}} with any status of the spec: a failed job's answer may carry its metrics. */
  static ObjectNode jobStatus(SegmindV2Spec v2) {
    ObjectNode schema = object("status");
    schema.withObjectProperty("properties").set("status", statuses(v2, Set.of(StatusOutcome.values())));
    schema.withObjectProperty("properties").putObject("error").put("type", "string");
    metrics(v2, schema.withObjectProperty("properties"));
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
   * whole number, the metrics an object of non-negative numbers (the retry count a whole one), and
   * each media field a media file or a list of them (see {@link #mediaProblems}).
   */
  static ObjectNode jobResult(SegmindV2Spec v2) {
    ObjectNode schema = jobResultBesidesMedia(v2);
    Replies.resultFields(v2).mediaFields().forEach(field -> schema.withObjectProperty("properties").set(field, media()));
    return schema;
  }

  /** {@link #jobResult} without a word on the media fields, whose content a result may send off the documented shape. */
  static ObjectNode jobResultBesidesMedia(SegmindV2Spec v2) {
    ResultFieldsSpec fields = Replies.resultFields(v2);
    ObjectNode schema = object("status", fields.output());
    ObjectNode properties = schema.withObjectProperty("properties");
    properties.set("status", statuses(v2, Set.of(StatusOutcome.SUCCEEDED)));
    fields.seedField().ifPresent(seed -> properties.putObject(seed).put("type", "integer"));
    metrics(v2, properties);
    return schema;
  }

  /** {@code {status, error, <metrics>?}} with a failed status: the failed HTTP status's body. */
  static ObjectNode jobFailed(SegmindV2Spec v2) {
    ObjectNode schema = object("status", "error");
    schema.withObjectProperty("properties").set("status", statuses(v2, Set.of(StatusOutcome.FAILED)));
    schema.withObjectProperty("properties").putObject("error").put("type", "string");
    metrics(v2, schema.withObjectProperty("properties"));
    return schema;
  }

  /**
   * What the declared media fields of {@code body} hold off the documented shape (specs/README.md,
   * {@code mediaFields}): each field absent, or an object {@code {url, content_type?, file_name?,
   * file_size?}} (texts, the size a whole number of bytes) or a list of them; empty when all fit.
   */
  static List<String> mediaProblems(SegmindV2Spec v2, JsonNode body) {
    List<String> problems = new ArrayList<>();
    Replies.resultFields(v2).mediaFields().stream().filter(body::has).forEach(field ->
        JsonSchemas.problems(media(), body.get(field)).forEach(problem -> problems.add(field + ": " + problem)));
    return problems;
  }

  /** A media file, or a list of them; told apart by type, so that a drift is named by what it lacks, not by a failed choice. */
  private static ObjectNode media() {
    ObjectNode file = object("url");
    ObjectNode properties = file.withObjectProperty("properties");
    properties.putObject("url").put("type", "string");
    properties.putObject("content_type").put("type", "string");
    properties.putObject("file_name").put("type", "string");
    properties.putObject("file_size").put("type", "integer").put("minimum", 0);
    ObjectNode media = NODES.objectNode();
    media.putObject("if").put("type", "array");
    media.putObject("then").set("items", file);
    media.set("else", file);
    return media;
  }

  /** The metrics object in the field the spec names, of non-negative numbers (the retry count a whole one). */
  private static void metrics(SegmindV2Spec v2, ObjectNode properties) {
    ResultFieldsSpec fields = Replies.resultFields(v2);
    fields.metricsField().ifPresent(field -> {
      ObjectNode metrics = properties.putObject(field).put("type", "object").putObject("properties");
      fields.metrics().forEach((metric, name) -> metrics.putObject(name)
          .put("type", metric == ResultMetric.RETRY_COUNT ? "integer" : "number").put("minimum", 0));
    });
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
