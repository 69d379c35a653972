package dev.imagegen.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * The result of a completed v2 job: {@code {status, output, metrics: {inference_time}}}.
 *
 * <pre>{@code
 * InferenceResult result = job.await(Duration.ofMinutes(10));
 * String imageUrl = result.output().asText();
 * }</pre>
 */
public final class InferenceResult {

  private final String requestId;
  private final JobStatus status;
  private final JsonNode body;

  /** @param body the result answer as sent */
  public InferenceResult(String requestId, JobStatus status, JsonNode body) {
    this.requestId = requestId;
    this.status = status;
    this.body = body;
  }

  public String requestId() {
    return requestId;
  }

  public JobStatus status() {
    return status;
  }

  /** The model's output, such as a media URL; a missing node when the answer has none. */
  public JsonNode output() {
    return body.path("output");
  }

  /** The server's compute time, from {@code metrics.inference_time} in seconds. */
  public Optional<Duration> inferenceTime() {
    JsonNode seconds = body.path("metrics").path("inference_time");
    if (!seconds.isNumber()) {
      return Optional.empty();
    }
    BigDecimal nanos = seconds.decimalValue().movePointRight(9);
    return Optional.of(Duration.ofNanos(nanos.longValue()));
  }

  /** The whole result answer as sent. */
  public JsonNode body() {
    return body;
  }

  /** The output is left out: it may be large. */
  @Override
  public String toString() {
    return "InferenceResult{requestId=" + requestId + ", status=" + status
        + inferenceTime().map(time -> ", inferenceTime=" + time).orElse("") + '}';
  }
}
