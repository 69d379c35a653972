package dev.imagegen.contract.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResponseHeader;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.StatusOutcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers a provider documents, built from its spec: a sync output, and the v2 submit, status,
 * result, failed and not-found answers, plus error answers with the spec's meaning of their status.
 */
public final class Replies {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Replies() {}

  /** 200 with {@code content} of {@code contentType}, and {@code credits} in the provider's credits header. */
  public static Reply syncOutput(ModelUnderTest model, String contentType, byte[] content, Optional<BigDecimal> credits) {
    Reply reply = Reply.bytes(Role.SYNC_OUTPUT, 200, contentType, content);
    return credits.flatMap(value -> model.provider().responseHeader(ResponseHeader.REMAINING_CREDITS)
            .map(header -> reply.withHeader(header, value.toPlainString())))
        .orElse(reply);
  }

  /**
   * 200 to a sync call of an image model with {@code body} of {@code contentType}, which is not image
   * bytes (base64 text, a data URI, JSON, HTML), and {@code requestId} in the provider's request id
   * header, when it names one.
   */
  public static Reply syncOtherBody(ModelUnderTest model, String contentType, byte[] body, Optional<String> requestId) {
    Reply reply = Reply.bytes(Role.SYNC_OTHER_BODY, 200, contentType, body);
    return requestId.flatMap(id -> model.provider().responseHeader(ResponseHeader.REQUEST_ID)
            .map(header -> reply.withHeader(header, id)))
        .orElse(reply);
  }

  /** A minimal sync output: one byte of the model's first content type, or {@code {}} for a JSON model. */
  public static Reply syncSample(ModelUnderTest model) {
    byte[] content = answersJson(model) ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[] {1};
    return syncOutput(model, model.model().responseContentTypes().get(0), content, Optional.of(BigDecimal.ONE));
  }

  /** Whether the model's sync call answers JSON rather than image bytes. */
  public static boolean answersJson(ModelUnderTest model) {
    return !model.model().answersWithImages();
  }

  /** {@code {request_id, status, status_url, response_url, poll_url}} with the spec's first pending status. */
  public static Reply submitAccepted(ModelUnderTest model, String requestId) {
    ObjectNode body = NODES.objectNode();
    body.put("request_id", requestId);
    body.put("status", statuses(model.requireV2(), StatusOutcome.PENDING).get(0));
    String jobUrl = "https://api.example.test/jobs/" + requestId;
    body.put("status_url", jobUrl + "/status");
    body.put("response_url", jobUrl);
    body.put("poll_url", jobUrl + "/status");
    return Reply.json(Role.SUBMIT_ACCEPTED, 200, body);
  }

  /** 200 {@code {status}}. */
  public static Reply status(String status) {
    return Reply.json(Role.JOB_STATUS, 200, NODES.objectNode().put("status", status));
  }

  /**
   * 200 {@code {status, error, <metrics>}}: a failed job, as a status call may report it, with
   * {@code metrics} in the field the spec's {@code async.result} names for them.
   *
   * @param metrics the metrics object; empty for none
   */
  public static Reply failedStatus(ModelUnderTest model, String status, String error, Optional<ObjectNode> metrics) {
    return Reply.json(Role.JOB_STATUS, 200, withMetrics(model, NODES.objectNode().put("status", status).put("error", error), metrics));
  }

  /**
   * 200 {@code {status: value, error?}}, as sent: a {@link Role#JOB_STATUS} when the spec lists the value
   * exactly so, else an {@link Role#OFF_LIST_STATUS}.
   *
   * @param error null for none
   */
  public static Reply statusAsSent(ModelUnderTest model, String value, String error) {
    ObjectNode body = NODES.objectNode().put("status", value);
    if (error != null) {
      body.put("error", error);
    }
    boolean listed = model.requireV2().statuses().containsKey(value);
    return Reply.json(listed ? Role.JOB_STATUS : Role.OFF_LIST_STATUS, 200, body);
  }

  /**
   * 200 with {@code status}, {@code output}, {@code seed} and {@code metrics} in the fields the spec's
   * {@code async.result} names; a field it does not name is not sent.
   *
   * @param metrics a value for every metric; only those the spec names are sent
   */
  public static Reply result(ModelUnderTest model, String status, JsonNode output, long seed,
      Map<ResultMetric, BigDecimal> metrics) {
    return result(model, status, output, seed, metrics, Map.of());
  }

  /**
   * As {@link #result(ModelUnderTest, String, JsonNode, long, Map)}, with {@code more} fields set after
   * the others, in order: media in the fields the spec declares for them, and fields it does not
   * declare. A {@link Role#JOB_RESULT} when the declared media fields hold what the spec documents
   * (each absent, a media file or a list of them), else a {@link Role#JOB_RESULT_ODD_MEDIA}.
   */
  public static Reply result(ModelUnderTest model, String status, JsonNode output, long seed,
      Map<ResultMetric, BigDecimal> metrics, Map<String, JsonNode> more) {
    SegmindV2Spec v2 = model.requireV2();
    ResultFieldsSpec fields = resultFields(v2);
    ObjectNode body = NODES.objectNode().put("status", status);
    body.set(fields.output(), output);
    fields.seedField().ifPresent(field -> body.put(field, seed));
    fields.metricsField().ifPresent(field -> {
      ObjectNode sent = body.putObject(field);
      fields.metrics().forEach((metric, name) -> sent.put(name, metrics.get(metric)));
    });
    body.setAll(more);
    Reply documented = Reply.json(Role.JOB_RESULT, 200, body);
    // Judged as the audit judges it: on the JSON as served.
    return ResponseSchemas.mediaProblems(v2, documented.json().orElseThrow()).isEmpty()
        ? documented
        : Reply.json(Role.JOB_RESULT_ODD_MEDIA, 200, body);
  }

  /** Where the spec says a result keeps its parts; only the output, in {@code output}, when it says nothing. */
  public static ResultFieldsSpec resultFields(SegmindV2Spec v2) {
    return v2.result().orElse(new ResultFieldsSpec(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Map.of(),
        Optional.empty()));
  }

  /**
   * The protocol's failed HTTP status with {@code {status, error, <metrics>}}, the metrics in the field
   * the spec's {@code async.result} names for them.
   *
   * @param metrics the metrics object; empty for none
   */
  public static Reply failed(ModelUnderTest model, String status, String error, Optional<ObjectNode> metrics) {
    return Reply.json(Role.JOB_FAILED, model.requireV2().failedHttpStatus(),
        withMetrics(model, NODES.objectNode().put("status", status).put("error", error), metrics));
  }

  /** {@code body} with {@code metrics} in the spec's metrics field; a spec that names none gets none. */
  private static ObjectNode withMetrics(ModelUnderTest model, ObjectNode body, Optional<ObjectNode> metrics) {
    resultFields(model.requireV2()).metricsField().ifPresent(field -> metrics.ifPresent(object -> body.set(field, object)));
    return body;
  }

  /** The protocol's not-found HTTP status with {@code {error}}. */
  public static Reply notFound(ModelUnderTest model) {
    int status = model.requireV2().notFoundHttpStatus();
    return Reply.json(Role.JOB_NOT_FOUND, status, errorBody(model.provider().responseCodes().get(status)));
  }

  /**
   * {@code status} with {@code {error: text}}: a {@link Role#DOCUMENTED_ERROR} when the provider
   * documents the status, else an {@link Role#UNDOCUMENTED_STATUS}.
   */
  public static Reply error(ModelUnderTest model, int status, String text) {
    boolean documented = model.provider().responseCodes().containsKey(status);
    return Reply.json(documented ? Role.DOCUMENTED_ERROR : Role.UNDOCUMENTED_STATUS, status, errorBody(text));
  }

  /** {@code times} copies of {@code first}, then {@code then}: a call that fails a few times, then succeeds. */
  public static List<Reply> repeatedThen(Reply first, int times, Reply then) {
    List<Reply> replies = new ArrayList<>(Collections.nCopies(times, first));
    replies.add(then);
    return replies;
  }

  /** The status values of {@code outcome}, in spec order. */
  public static List<String> statuses(SegmindV2Spec v2, StatusOutcome outcome) {
    return v2.statuses().entrySet().stream().filter(status -> status.getValue() == outcome).map(e -> e.getKey()).toList();
  }

  private static ObjectNode errorBody(String text) {
    return NODES.objectNode().put("error", text);
  }
}
