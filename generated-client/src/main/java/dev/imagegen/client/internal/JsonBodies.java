package dev.imagegen.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.error.UnexpectedResponseException;
import java.io.IOException;
import okhttp3.ResponseBody;

/** Reads the JSON body of a successful answer. */
final class JsonBodies {

  private final Redactor redactor;

  JsonBodies(Redactor redactor) {
    this.redactor = redactor;
  }

  JsonNode read(Answer answer) {
    String text = text(answer);
    try {
      return WireJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw unexpected(answer, "with a body that is not JSON", text);
    }
  }

  /** {@code POST v2/flux-schnell returned 200 without a request_id: {...}}. */
  UnexpectedResponseException unexpected(Answer answer, String problem, String body) {
    String excerpt = BodyText.excerpt(redactor.redactBody(body));
    return new UnexpectedResponseException(answer.call() + " returned " + answer.status() + ' ' + problem
        + (excerpt.isEmpty() ? "" : ": " + excerpt), answer.requestId());
  }

  private static String text(Answer answer) {
    try (ResponseBody body = answer.body()) {
      return body == null ? "" : body.string();
    } catch (IOException e) {
      throw TransportException.during(answer.call(), answer.requestId(), e);
    }
  }
}
