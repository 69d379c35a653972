package dev.imagegen.client.error;

import dev.imagegen.client.InferenceMetrics;
import dev.imagegen.client.JobStatus;
import java.util.Optional;

/**
 * A v2 job ended without a result: its status was FAILED (Segmind serves it as HTTP 422, content and
 * safety blocks included), or a status the spec does not list came with an error text, such as
 * {@code CANCELLED}. Carries the request id, the last status with the server's error text, and the
 * server's metrics when the answer had them.
 */
public class InferenceFailedException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  private final String requestId;
  private final transient JobStatus status;
  private final transient InferenceMetrics metrics;

  /**
   * @param status the status that ended the job, its error text already redacted
   * @param metrics null when the answer had none
   */
  public InferenceFailedException(String requestId, JobStatus status, InferenceMetrics metrics) {
    super(message(requestId, status));
    this.requestId = requestId;
    this.status = status;
    this.metrics = metrics;
  }

  private static String message(String requestId, JobStatus status) {
    String ended = status.outcome() == JobStatus.Outcome.FAILED
        ? " failed"
        : " ended with status " + status.value() + ", which the spec does not list, and an error";
    return "Request " + requestId + ended + status.error().map(error -> ": " + error).orElse("");
  }

  public String requestId() {
    return requestId;
  }

  /** The status that ended the job, as the server sent it. */
  public JobStatus status() {
    return status;
  }

  /** The server's error text; empty when it gave none. */
  public String error() {
    return status.error().orElse("");
  }

  /** The server's cost, credits and timings of the failed job, when its answer had them. */
  public Optional<InferenceMetrics> metrics() {
    return Optional.ofNullable(metrics);
  }
}
