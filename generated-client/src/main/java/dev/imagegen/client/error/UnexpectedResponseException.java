package dev.imagegen.client.error;

import java.util.Optional;

/**
 * A successful status with a body the client cannot use, such as a submit answer without a
 * {@code request_id}, JSON that does not parse, or a sync answer that is no image (an HTML page, text
 * that is not base64). The server took the call, so sending it again may be billed again.
 *
 * <p>{@link #requestId()} is the v2 job's id for a status or result answer, else the answer's request
 * id header. The cause, when there is one, is the parser's or decoder's own failure.
 */
public class UnexpectedResponseException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  private final String requestId;

  /**
   * @param message already redacted
   * @param requestId null when unknown
   */
  public UnexpectedResponseException(String message, String requestId) {
    this(message, requestId, null);
  }

  /**
   * @param message already redacted
   * @param requestId null when unknown
   * @param cause the parser's or decoder's failure; null for none
   */
  public UnexpectedResponseException(String message, String requestId, Throwable cause) {
    super(message, cause);
    this.requestId = requestId;
  }

  /** The request id, from the v2 job or a response header, when known. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
