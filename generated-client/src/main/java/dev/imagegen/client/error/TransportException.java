package dev.imagegen.client.error;

import java.io.IOException;

/**
 * The exchange failed below HTTP: connection refused or reset, a timeout, an early end of the body, a
 * malformed chunk. The cause is the {@link IOException}.
 */
public class TransportException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, IOException cause) {
    super(message, cause);
  }

  /** {@code POST v1/flux-schnell failed: SocketTimeoutException: timeout}, for {@code what} = the call. */
  public static TransportException during(String what, IOException cause) {
    String reason = cause.getMessage() == null
        ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return new TransportException(what + " failed: " + reason, cause);
  }
}
