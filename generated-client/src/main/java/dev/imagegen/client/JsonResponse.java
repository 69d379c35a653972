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

  private final ResponseInfo response;
  private final JsonNode body;
  private final String taskIdField;

  /**
   * Made by the runtime, through {@code RuntimeAccess}.
   *
   * @param taskIdField the field that holds the task id of a queued request, as the provider's spec
   *     names it; null when the provider queues no requests
   */
  JsonResponse(ResponseInfo response, JsonNode body, String taskIdField) {
    this.response = response;
    this.body = body;
    this.taskIdField = taskIdField;
  }

  /** The body as sent. */
  public JsonNode body() {
    return body;
  }

  /**
   * The task id of a queued request (at Qolaba, one sent with {@code celery: true}), when the body
   * carries one in the provider's task id field.
   */
  public Optional<String> taskId() {
    if (taskIdField == null) {
      return Optional.empty();
    }
    JsonNode taskId = body.path(taskIdField);
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
