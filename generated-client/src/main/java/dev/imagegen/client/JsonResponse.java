package dev.imagegen.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The JSON body of a sync call to a model that answers with JSON (Qolaba).
 *
 * <pre>{@code
 * JsonResponse answer = qolaba.sdxlControlnetCanny().generate(request);
 * answer.taskId().ifPresent(id -> System.out.println("queued as " + id));   // celery: true
 * }</pre>
 */
public final class JsonResponse {

  /** Seed 003: a request with {@code celery: true} is queued and answered with this field. */
  private static final String TASK_ID_FIELD = "task_id";

  private final ResponseInfo response;
  private final JsonNode body;

  public JsonResponse(ResponseInfo response, JsonNode body) {
    this.response = response;
    this.body = body;
  }

  /** The body as sent. */
  public JsonNode body() {
    return body;
  }

  /** The task id of a queued request, when the body carries one. */
  public Optional<String> taskId() {
    JsonNode taskId = body.path(TASK_ID_FIELD);
    return taskId.isValueNode() && !taskId.isNull() ? Optional.of(taskId.asText()) : Optional.empty();
  }

  /** Status and headers. */
  public ResponseInfo response() {
    return response;
  }

  /** The body is left out: it may be large. */
  @Override
  public String toString() {
    return "JsonResponse{status=" + response.status() + taskId().map(id -> ", taskId=" + id).orElse("") + '}';
  }
}
