package dev.imagegen.client.error;

import java.io.IOException;
import java.util.Optional;

/**
 * The exchange failed below HTTP: connection refused or reset, a timeout, an early end of the body, a
 * malformed chunk. The cause is the {@link IOException}.
 *
 * <p>{@link #requestId()} is the v2 job's id for a status or result call, else the request id header
 * of the answer when the failure came while reading it; a call that got no answer has none.
 */
public class TransportException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  private final String requestId;

  /** @param requestId null when unknown */
  public TransportException(String message, String requestId, IOException cause) {
    super(message, cause);
    this.requestId = requestId;
  }

  /**
   * {@code POST v1/flux-schnell failed: SocketTimeoutException: timeout}, for {@code what} = the call.
   *
   * @param requestId null when unknown
   */
  public static TransportException during(String what, String requestId, IOException cause) {
    return new TransportException(what + " failed: " + FailureText.of(cause), requestId, cause);
  }

  /** The request id, from the v2 job or a response header, when known. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
