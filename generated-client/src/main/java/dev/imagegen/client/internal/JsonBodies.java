package dev.imagegen.client.internal;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.error.UnexpectedResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.ResponseBody;

/** Reads the JSON body of a successful answer, of any length the heap allows. */
final class JsonBodies {

  /** The most of an unreadable body decoded for its excerpt, in bytes; the excerpt itself is far shorter. */
  private static final int EXCERPT_SOURCE_BYTES = 1 << 20;

  private final Redactor redactor;

  JsonBodies(Redactor redactor) {
    this.redactor = redactor;
  }

  /**
   * The body as JSON. A body that does not parse, or passes one of Jackson's read limits (nesting
   * depth, number length), is an {@link UnexpectedResponseException} that names the problem and keeps
   * the parser's exception as its cause.
   */
  JsonNode read(Answer answer) {
    byte[] bytes = bytes(answer);
    try {
      return WireJson.MAPPER.readTree(bytes);
    } catch (StreamConstraintsException e) {
      throw unexpected(answer, "with JSON past a reader limit (" + e.getOriginalMessage() + ")", text(bytes), e);
    } catch (IOException e) {
      throw unexpected(answer, "with a body that is not JSON", text(bytes), e);
    }
  }

  /** {@code POST v2/flux-schnell returned 200 without a request_id: {...}}. */
  UnexpectedResponseException unexpected(Answer answer, String problem, String body) {
    return unexpected(answer, problem, body, null);
  }

  /** As {@link #unexpected(Answer, String, String)}, keeping {@code cause}. */
  UnexpectedResponseException unexpected(Answer answer, String problem, String body, Throwable cause) {
    String excerpt = BodyText.excerpt(redactor.redactBody(body));
    return new UnexpectedResponseException(answer.call() + " returned " + answer.status() + ' ' + problem
        + (excerpt.isEmpty() ? "" : ": " + excerpt), answer.requestId(), cause);
  }

  private static byte[] bytes(Answer answer) {
    try (ResponseBody body = answer.body()) {
      return body.bytes();
    } catch (IOException e) {
      throw answer.readFailure(answer.call(), e);
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, EXCERPT_SOURCE_BYTES), StandardCharsets.UTF_8);
  }
}
