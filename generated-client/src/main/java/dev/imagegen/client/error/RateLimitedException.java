package dev.imagegen.client.error;

import java.time.Duration;
import java.util.Optional;

/** 429: too many requests; {@link #retryAfter()} is the wait the server asked for, when it said. */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /** @param retryAfter from {@code Retry-After} or the reset-time header; null when the server gave none */
  public RateLimitedException(String call, int status, String requestId,
      String bodyExcerpt, String serverMessage, Duration retryAfter) {
    super(call, status, requestId, bodyExcerpt, serverMessage,
        retryAfter == null ? null : "retry after " + DurationText.of(retryAfter));
    this.retryAfter = retryAfter;
  }

  /** How long the server asked the client to wait. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
