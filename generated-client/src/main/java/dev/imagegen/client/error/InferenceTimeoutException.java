package dev.imagegen.client.error;

import dev.imagegen.client.JobStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * A v2 job did not finish before the deadline. It may still finish: keep {@link #requestId()} to ask
 * for it later (Segmind keeps results for one hour).
 */
public class InferenceTimeoutException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  private final String requestId;
  private final Duration deadline;
  private final transient JobStatus lastStatus;

  /** @param lastStatus the last status the server answered; null when none came */
  public InferenceTimeoutException(String requestId, Duration deadline, JobStatus lastStatus) {
    super("Request " + requestId + " did not finish within " + DurationText.of(deadline)
        + (lastStatus == null ? "" : " (last status " + lastStatus.value()
            + lastStatus.error().map(error -> ": " + error).orElse("") + ")")
        + "; it may still finish, so keep its request id to fetch the result later");
    this.requestId = requestId;
    this.deadline = deadline;
    this.lastStatus = lastStatus;
  }

  public String requestId() {
    return requestId;
  }

  /** How long the client waited. */
  public Duration deadline() {
    return deadline;
  }

  /** The last status the server answered, with its error text if any; empty when none came in time. */
  public Optional<JobStatus> lastStatus() {
    return Optional.ofNullable(lastStatus);
  }
}
