package dev.imagegen.client;

import dev.imagegen.client.internal.Durations;
import java.time.Duration;
import java.util.Optional;

/**
 * Per-call settings such as a timeout, overriding the client's.
 *
 * <pre>{@code
 * segmind.fluxSchnell().generate(request, RequestOptions.withTimeout(Duration.ofSeconds(30)));
 * }</pre>
 */
public final class RequestOptions {

  private static final RequestOptions DEFAULTS = new RequestOptions(null);

  private final Duration timeout;

  private RequestOptions(Duration timeout) {
    this.timeout = timeout;
  }

  /** The client's settings, unchanged. */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A timeout for each HTTP call made for this request, from connecting to the end of the answer's
   * body: sending, the server's work and reading the answer, such as streaming a sync image (for a v2
   * job, each submit, status and result call). It replaces the client's connect, write, read and call
   * limits for the call, longer or shorter than them; past it, the call fails with a
   * {@link dev.imagegen.client.error.CallTimeoutException}.
   */
  public static RequestOptions withTimeout(Duration timeout) {
    return new RequestOptions(Durations.requirePositive("timeout", timeout));
  }

  /** The per-call timeout, when one was set. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + '}';
  }
}
