package dev.imagegen.client.error;

import java.util.Optional;

/**
 * The server answered with an error status. Carries the status, the request id when one is known
 * and an excerpt of the body (at most {@value #MAX_EXCERPT} characters).
 *
 * <p>The message names the call, as in
 * {@code POST v1/flux-schnell returned 410 Gone (the model is retired; not billed): {"error":"..."}}.
 */
public class ApiException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  /** The longest body excerpt kept, in characters. */
  public static final int MAX_EXCERPT = 500;

  private final String call;
  private final int status;
  private final String requestId;
  private final String bodyExcerpt;
  private final String serverMessage;

  /**
   * @param call the method and path relative to the base URL, such as {@code POST v1/flux-schnell}
   * @param requestId null when unknown
   * @param bodyExcerpt the start of the body, already shortened and redacted; empty for none
   * @param serverMessage the error text of a JSON body, already shortened and redacted; null for none
   * @param meaning what the status means for this API, printed in parentheses; null for none
   */
  protected ApiException(String call, int status, String requestId, String bodyExcerpt, String serverMessage,
      String meaning) {
    super(message(call, status, bodyExcerpt, meaning));
    this.call = call;
    this.status = status;
    this.requestId = requestId;
    this.bodyExcerpt = bodyExcerpt;
    this.serverMessage = serverMessage;
  }

  private static String message(String call, int status, String bodyExcerpt, String meaning) {
    StringBuilder message = new StringBuilder(call).append(" returned ").append(status);
    StatusTexts.reasonPhrase(status).ifPresent(phrase -> message.append(' ').append(phrase));
    if (meaning != null) {
      message.append(" (").append(meaning).append(')');
    }
    if (!bodyExcerpt.isEmpty()) {
      message.append(": ").append(bodyExcerpt);
    }
    return message.toString();
  }

  /** The method and the path relative to the base URL, such as {@code POST v1/flux-schnell}. */
  public String call() {
    return call;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The request id, from a response header or the v2 job, when known. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The start of the response body, whitespace collapsed and the API key masked; empty for none. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /**
   * The server's own error text: the {@code error} (else {@code detail} or {@code message}) field of a
   * JSON body, as in Segmind's {@code {"error":"<message>"}}; empty when the body has none.
   */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }
}
