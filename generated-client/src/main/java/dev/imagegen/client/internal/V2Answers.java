package dev.imagegen.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.InferenceMetrics;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.error.ApiException;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.JobNotFoundException;

/**
 * Reads the answers of the v2 status and result calls: {@code {status}} and
 * {@code {status, output, metrics, error?}}, where a FAILED job may come as the protocol's failed
 * HTTP status (422) and an unknown or expired id as its not-found status (404).
 */
final class V2Answers {

  private static final String STATUS_FIELD = "status";

  private final V2Protocol protocol;
  private final ErrorMapper errors;
  private final JsonBodies jsonBodies;
  private final Redactor redactor;
  private final ResultBodies resultBodies;

  V2Answers(V2Protocol protocol, ErrorMapper errors, JsonBodies jsonBodies, Redactor redactor,
      ResultBodies resultBodies) {
    this.protocol = protocol;
    this.errors = errors;
    this.jsonBodies = jsonBodies;
    this.redactor = redactor;
    this.resultBodies = resultBodies;
  }

  /** The status; a failed job is a failed status here, not an exception. */
  StatusReport status(String requestId, Answer answer) {
    if (answer.isSuccessful()) {
      JsonNode body = jsonBodies.read(answer);
      return new StatusReport(protocol.status(statusValue(answer, body), errorIn(body)),
          resultBodies.metrics(body).orElse(null));
    }
    ErrorBody error = errors.read(answer);
    if (isFailedStatus(error.status())) {
      return failedReport(error);
    }
    throw notFoundOr(error, requestId);
  }

  /**
   * The result of a finished job, or one whose status is still pending or unknown; throws
   * {@link InferenceFailedException} for a failed one.
   */
  InferenceResult result(String requestId, Answer answer) {
    if (answer.isSuccessful()) {
      JsonNode body = jsonBodies.read(answer);
      StatusReport report = new StatusReport(protocol.status(statusValue(answer, body), errorIn(body)),
          resultBodies.metrics(body).orElse(null));
      if (report.failed()) {
        throw report.failure(requestId);
      }
      return resultBodies.result(requestId, report.status(), body);
    }
    ErrorBody error = errors.read(answer);
    if (isFailedStatus(error.status())) {
      throw failedReport(error).failure(requestId);
    }
    throw notFoundOr(error, requestId);
  }

  /** The failed HTTP status's body: its status value (or {@code HTTP 422}), error text and metrics. */
  private StatusReport failedReport(ErrorBody error) {
    JsonNode json = error.json();
    JsonNode value = json.path(STATUS_FIELD);
    String shown = value.isTextual() ? redactor.redact(value.asText()) : "HTTP " + error.status();
    return new StatusReport(new JobStatus(shown, JobStatus.Outcome.FAILED, error.errorMessage()),
        resultBodies.metrics(json).orElse(null));
  }

  /** The status value, its key masked: an unlisted one is quoted in messages. */
  private String statusValue(Answer answer, JsonNode body) {
    JsonNode status = body.path(STATUS_FIELD);
    if (!status.isTextual()) {
      throw jsonBodies.unexpected(answer, "without a status", body.toString());
    }
    return redactor.redact(status.asText());
  }

  private String errorIn(JsonNode body) {
    return ErrorBody.messageIn(body).map(redactor::redact).map(BodyText::excerpt).orElse(null);
  }

  private boolean isFailedStatus(int status) {
    return protocol.failedHttpStatus().orElse(-1) == status;
  }

  private ApiException notFoundOr(ErrorBody error, String requestId) {
    if (protocol.notFoundHttpStatus().orElse(-1) == error.status()) {
      return new JobNotFoundException(error.call(), error.status(), requestId, error.excerpt(),
          error.serverMessage().orElse(null), protocol.retention().orElse(null));
    }
    return errors.toException(error);
  }

  /** A status answer: the status, and the metrics a failed job's answer may carry. */
  static final class StatusReport {

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
}
