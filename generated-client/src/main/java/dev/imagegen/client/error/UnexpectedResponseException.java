package dev.imagegen.client.error;

import java.util.Optional;

/**
 * A successful status with a body the client cannot use, such as a submit answer without a
 * {@code request_id} or JSON that does not parse.
 *
 * <p>{@link #requestId()} is the v2 job's id for a status or result answer, else the answer's request
 * id header.
 */
public class UnexpectedResponseException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  private final String requestId;

  /**
   * @param message already redacted
   * @param requestId null when unknown
   */
  public UnexpectedResponseException(String message, String requestId) {
    super(message);
    this.requestId = requestId;
  }

  /** The request id, from the v2 job or a response header, when known. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
