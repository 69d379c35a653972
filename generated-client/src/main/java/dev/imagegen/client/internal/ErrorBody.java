package dev.imagegen.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.ResponseInfo;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import okhttp3.ResponseBody;

/** The body of an error answer, read once and redacted (the JSON view too), with the views messages need. */
final class ErrorBody {

  /** Fields in which APIs commonly put their error text, tried in order. */
  private static final List<String> MESSAGE_FIELDS = List.of("error", "detail", "message");

  private final Answer answer;
  private final String text;

  private ErrorBody(Answer answer, String text) {
    this.answer = answer;
    this.text = text;
  }

  static ErrorBody read(Answer answer, Redactor redactor) {
    return new ErrorBody(answer, redactor.redactBody(textOf(answer.body())));
  }

  private static String textOf(ResponseBody body) {
    try (body) {
      return body.string();
    } catch (IOException e) {
      // The status alone still tells the story; a broken error body is no reason to hide it.
      return "";
    }
  }

  String call() {
    return answer.call();
  }

  int status() {
    return answer.status();
  }

  ResponseInfo info() {
    return answer.info();
  }

  /** The v2 job's request id, else the response header's; null when neither is known. */
  String requestId() {
    return answer.requestId();
  }

  String excerpt() {
    return BodyText.excerpt(text);
  }

  /** The JSON body's {@code error}, {@code detail} or {@code message} field, shortened; else the excerpt. */
  String errorMessage() {
    return serverMessage().orElseGet(this::excerpt);
  }

  /** The JSON body's {@code error}, {@code detail} or {@code message} field, shortened. */
  Optional<String> serverMessage() {
    return messageIn(json()).map(BodyText::excerpt);
  }

  /**
   * The first of the {@code error}, {@code detail} and {@code message} fields of {@code json} that is
   * not blank, whole: redact it before shortening it, or a key cut in two would show its first half.
   */
  static Optional<String> messageIn(JsonNode json) {
    for (String field : MESSAGE_FIELDS) {
      JsonNode value = json.path(field);
      if (value.isTextual() && !value.asText().isBlank()) {
        return Optional.of(value.asText());
      }
      if (value.isContainerNode()) {
        return Optional.of(value.toString());
      }
    }
    return Optional.empty();
  }

  /** The body as JSON; a missing node when it is not JSON. */
  JsonNode json() {
    try {
      return WireJson.MAPPER.readTree(text);
    } catch (JsonProcessingException notJson) {
      return WireJson.MAPPER.missingNode();
    }
  }
}
