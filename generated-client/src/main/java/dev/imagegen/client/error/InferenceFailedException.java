package dev.imagegen.client.error;

/**
 * A v2 job ended FAILED (Segmind serves it as HTTP 422); content and safety blocks end this way too.
 * Carries the request id and the server's error text.
 */
public class InferenceFailedException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  private final String requestId;
  private final String error;

  /** @param error the server's error text, already redacted; empty when it gave none */
  public InferenceFailedException(String requestId, String error) {
    super("Request " + requestId + " failed" + (error.isEmpty() ? "" : ": " + error));
    this.requestId = requestId;
    this.error = error;
  }

  public String requestId() {
    return requestId;
  }

  /** The server's error text; empty when it gave none. */
  public String error() {
    return error;
  }
}
