package dev.imagegen.generator.export.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.SyncEndpoint;
import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Segmind's v2 flow: a submit operation per model, then the status and result operations that all
 * models share, with the three job schemas they answer with. A FAILED job is served with the spec's
 * {@code failedHttpStatus} (422) and a result body carrying the error; an unknown or expired id with
 * its {@code notFoundHttpStatus} (404).
 */
final class SegmindV2Operations {

  static final String SUBMITTED = "Submitted";
  static final String STATUS = "Status";
  static final String RESULT = "Result";

  private static final int OK = 200;

  private SegmindV2Operations() {}

  static void add(ProviderSpec provider, SegmindV2Spec v2, PathItems paths, ObjectNode schemas) throws ExportException {
    schemas.set(SchemaNames.job(provider, SUBMITTED), submittedSchema(v2));
    schemas.set(SchemaNames.job(provider, STATUS), statusSchema(v2));
    schemas.set(SchemaNames.job(provider, RESULT), resultSchema(v2));
    for (ModelSpec model : provider.models()) {
      if (model.supports(Flow.ASYNC)) {
        addSubmit(provider, v2, model, paths);
      }
    }
    addPoll(provider, v2, paths, v2.statusPath(), "job status", "Poll the status of a queued job", STATUS);
    addPoll(provider, v2, paths, v2.resultPath(), "job result", "Fetch the result of a finished job", RESULT);
  }

  private static void addSubmit(ProviderSpec provider, SegmindV2Spec v2, ModelSpec model, PathItems paths)
      throws ExportException {
    ObjectNode post = Operations.add(paths.item(provider, SyncEndpoint.modelPath(v2.submitPath(), model)), "post",
        provider, "submit " + model.id(), model.title() + " (queued)",
        "Queue a " + model.title() + " job; poll its status, then fetch its result. " + model.summary());
    post.set("requestBody", Operations.jsonRequestBody(Operations.ref(SchemaNames.request(provider, model))));
    Operations.documentedAt(post, List.of(model));
    post.set("responses", ProviderResponses.of(provider, Map.of(OK, Operations.jsonResponse(
        ProviderResponses.meaning(provider, OK, "OK"), SchemaNames.job(provider, SUBMITTED)))));
  }

  private static void addPoll(ProviderSpec provider, SegmindV2Spec v2, PathItems paths, String path,
      String operationWords, String summary, String okSchema) throws ExportException {
    ObjectNode get = Operations.add(paths.item(provider, path), "get", provider, "get " + operationWords, summary,
        summary + " by the request id the submit returned.");
    Operations.pathParameters(get, path);
    get.set("responses", ProviderResponses.of(provider, Map.of(
        OK, Operations.jsonResponse(ProviderResponses.meaning(provider, OK, "OK"), SchemaNames.job(provider, okSchema)),
        v2.failedHttpStatus(), Operations.jsonResponse(
            "The job FAILED (content and safety blocks included); the body carries the error.",
            SchemaNames.job(provider, RESULT)),
        v2.notFoundHttpStatus(), ProviderResponses.described(
            "Unknown or expired request id; results are kept for " + v2.retention().toSeconds() + " s."))));
  }

  private static ObjectNode submittedSchema(SegmindV2Spec v2) {
    ObjectNode schema = object("A queued job.", "request_id", "status");
    ObjectNode properties = (ObjectNode) schema.get("properties");
    properties.set("request_id", Operations.schema("string", "The job's id, for the status and result paths."));
    properties.set("status", statusProperty(v2));
    properties.set("status_url", uri("Where to poll the job's status."));
    properties.set("response_url", uri("Where to fetch the job's result."));
    properties.set("poll_url", uri("Where to poll the job's status."));
    return schema;
  }

  private static ObjectNode statusSchema(SegmindV2Spec v2) {
    ObjectNode schema = object("The status of a job.", "status");
    ((ObjectNode) schema.get("properties")).set("status", statusProperty(v2));
    return schema;
  }

  /** The result answer: status, output and error, and the further fields the spec's {@code async.result} declares. */
  private static ObjectNode resultSchema(SegmindV2Spec v2) {
    ObjectNode schema = object("A finished job: its output, media, seed and metrics, or its error.", "status");
    ObjectNode properties = (ObjectNode) schema.get("properties");
    properties.set("status", statusProperty(v2));
    Optional<ResultFieldsSpec> fields = v2.result();
    properties.putObject(fields.map(ResultFieldsSpec::output).orElse(ResultFieldsSpec.DEFAULT_OUTPUT_FIELD))
        .put("description", "The model's output, such as a media URL.");
    fields.ifPresent(declared -> {
      declared.seedField().ifPresent(field -> properties.set(field, Operations.schema("integer", "The seed the job used.")));
      declared.mediaFields().forEach(field -> properties.set(field, mediaSchema()));
      declared.metricsField().ifPresent(field -> {
        ObjectNode metrics = object("How the job ran.");
        declared.metrics().forEach((metric, name) -> ((ObjectNode) metrics.get("properties")).set(name, metricSchema(metric)));
        properties.set(field, metrics);
      });
    });
    properties.putObject("error").put("description", "What went wrong, when the job FAILED.");
    return schema;
  }

  /** A hosted media file, or a list of them. */
  private static ObjectNode mediaSchema() {
    ObjectNode file = object("A media file the job made, hosted by the provider.", "url");
    ObjectNode fileProperties = (ObjectNode) file.get("properties");
    fileProperties.set("url", uri("Where the file is hosted."));
    fileProperties.set("content_type", Operations.schema("string", "The file's content type, such as image/png."));
    fileProperties.set("file_name", Operations.schema("string", "The provider's name for the file."));
    fileProperties.set("file_size", Operations.schema("integer", "The file's size, in bytes."));
    ObjectNode list = Operations.schema("array", "The media files the job made.");
    list.set("items", file.deepCopy());
    ObjectNode media = JsonNodeFactory.instance.objectNode();
    media.put("description", "A media file the job made, or a list of them.");
    media.putArray("oneOf").add(file).add(list);
    return media;
  }

  private static ObjectNode metricSchema(ResultMetric metric) {
    return switch (metric) {
      case COST -> Operations.schema("number", "What the job cost, in credits.");
      case REMAINING_CREDITS -> Operations.schema("number", "The account's credits after the job.");
      case INFERENCE_TIME -> Operations.schema("number", "The model's compute time, in seconds.");
      case QUEUE_TIME -> Operations.schema("number", "The time the job waited in the queue, in seconds.");
      case TOTAL_TIME -> Operations.schema("number", "The job's time from submit to end, in seconds.");
      case RETRY_COUNT -> Operations.schema("integer", "How often the server retried the job.");
    };
  }

  /** The status values and what each means, from the spec's {@code statuses}. */
  private static ObjectNode statusProperty(SegmindV2Spec v2) {
    String meanings = v2.statuses().entrySet().stream()
        .map(status -> status.getKey() + " " + status.getValue().name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
    ObjectNode status = Operations.schema("string", "The job's status: " + meanings + ".");
    ArrayNode values = status.putArray("enum");
    v2.statuses().keySet().forEach(values::add);
    return status;
  }

  private static ObjectNode object(String description, String... required) {
    ObjectNode schema = Operations.schema("object", description);
    if (required.length > 0) {
      ArrayNode names = schema.putArray("required");
      for (String name : required) {
        names.add(name);
      }
    }
    schema.putObject("properties");
    return schema;
  }

  private static ObjectNode uri(String description) {
    ObjectNode schema = Operations.schema("string", description);
    schema.put("format", "uri");
    return schema;
  }
}
