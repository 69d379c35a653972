package dev.imagegen.client.error;

import java.time.Duration;

/**
 * A v2 job did not finish before the deadline. It may still finish: keep {@link #requestId()} to ask
 * for it later (Segmind keeps results for one hour).
 */
public class InferenceTimeoutException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  private final String requestId;
  private final Duration deadline;

  public InferenceTimeoutException(String requestId, Duration deadline) {
    super("Request " + requestId + " did not finish within " + DurationText.of(deadline)
        + "; it may still finish, so keep its request id to fetch the result later");
    this.requestId = requestId;
    this.deadline = deadline;
  }

  public String requestId() {
    return requestId;
  }

  /** How long the client waited. */
  public Duration deadline() {
    return deadline;
  }
}
