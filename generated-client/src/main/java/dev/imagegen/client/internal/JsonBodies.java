package dev.imagegen.client.internal;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.error.UnexpectedResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.ResponseBody;

/** Reads the JSON body of a successful answer, of any length the heap allows. */
final class JsonBodies {

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

  /**
   * As {@link #unexpected(Answer, String, String)}, keeping {@code cause}; a cause whose message would
   * show the API key, as a parser's quoting the body does, is kept as a copy with the key masked.
   */
  UnexpectedResponseException unexpected(Answer answer, String problem, String body, Throwable cause) {
    String excerpt = BodyText.excerpt(redactor.redactBody(body));
    return new UnexpectedResponseException(redactor.redact(answer.call() + " returned " + answer.status() + ' '
        + problem) + (excerpt.isEmpty() ? "" : ": " + excerpt), answer.requestId(), masked(cause));
  }

  private Throwable masked(Throwable cause) {
    if (cause == null || cause.getMessage() == null) {
      return cause;
    }
    String redacted = redactor.redact(cause.getMessage());
    return redacted.equals(cause.getMessage()) ? cause : new MalformedBodyException(redacted);
  }

  /** {@code head}, the start of a longer body, ready to quote: a key it ends with half of is masked too. */
  String cutHead(String head) {
    return redactor.redactStart(head);
  }

  private static byte[] bytes(Answer answer) {
    try (ResponseBody body = answer.body()) {
      return body.bytes();
    } catch (IOException e) {
      throw answer.readFailure(answer.call(), e);
    }
  }

  /** The whole body, so that the key is masked before any cut for the excerpt. */
  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
