package dev.imagegen.client.internal;

import dev.imagegen.client.InferenceMetrics;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.error.InferenceFailedException;

/** A status answer of a v2 job: the status, and the metrics a failed job's answer may carry. */
final class StatusReport {

  private final JobStatus status;
  private final InferenceMetrics metrics;

  /** @param metrics null when the answer had none */
  StatusReport(JobStatus status, InferenceMetrics metrics) {
    this.status = status;
    this.metrics = metrics;
  }

  JobStatus status() {
    return status;
  }

  /**
   * True for a FAILED status, and for a status the spec does not list that comes with an error text:
   * a server that explains a value it never documented has ended the job.
   */
  boolean failed() {
    return status.outcome() == JobStatus.Outcome.FAILED
        || (status.outcome() == JobStatus.Outcome.UNKNOWN && status.error().isPresent());
  }

  InferenceFailedException failure(String requestId) {
    return new InferenceFailedException(requestId, status, metrics);
  }
}
