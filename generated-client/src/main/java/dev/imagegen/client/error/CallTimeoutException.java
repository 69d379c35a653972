package dev.imagegen.client.error;

import java.io.IOException;
import java.time.Duration;

/**
 * An HTTP call ran into one of its time limits: connecting, sending the request, waiting for the
 * server to send more, or the whole call. The message names the limit and its value, such as
 * {@code POST v1/flux-schnell failed: the server sent nothing within the read timeout of 2m}; the
 * cause is OkHttp's exception. A per-call timeout ({@code RequestOptions.withTimeout}) is a limit on
 * the whole call, in place of all four of the client's.
 *
 * <p>A sync call that timed out may still have run, and been billed, at the server.
 */
public class CallTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  /** Which time limit passed. */
  public enum Limit {
    /** Opening the connection. */
    CONNECT("no connection within the connect timeout"),
    /** Sending the request; each write to the socket. */
    WRITE("the request was not sent within the write timeout"),
    /** The server's silence while the client waits for (more of) the answer. */
    READ("the server sent nothing within the read timeout"),
    /** The whole call, from connecting to the end of the answer's body. */
    CALL("the call did not end within the call timeout");

    private final String phrase;

    Limit(String phrase) {
      this.phrase = phrase;
    }
  }

  private final Limit limit;
  private final Duration timeout;

  /**
   * @param what the call or the step of it, such as {@code POST v1/flux-schnell}
   * @param requestId null when unknown
   */
  public CallTimeoutException(String what, String requestId, Limit limit, Duration timeout, IOException cause) {
    super(what + " failed: " + limit.phrase + " of " + DurationText.of(timeout), requestId, cause);
    this.limit = limit;
    this.timeout = timeout;
  }

  /** The limit that passed. */
  public Limit limit() {
    return limit;
  }

  /** The limit's value. */
  public Duration timeout() {
    return timeout;
  }
}
