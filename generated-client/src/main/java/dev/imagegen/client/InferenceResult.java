package dev.imagegen.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The result of a completed v2 job: its output, the media it made, the seed it used and the server's
 * metrics, with the whole answer still at hand for fields not modelled here. Where the answer keeps
 * each is declared in the provider spec's {@code async.result}.
 *
 * <pre>{@code
 * InferenceResult result = job.await(Duration.ofMinutes(10));
 * result.media().get(0).downloadTo(Path.of("tiger.png"));
 * result.metrics().cost().ifPresent(cost -> System.out.println(cost + " credits"));
 * }</pre>
 */
public final class InferenceResult {

  private final String requestId;
  private final JobStatus status;
  private final JsonNode output;
  private final List<MediaFile> media;
  private final Long seed;
  private final InferenceMetrics metrics;
  private final JsonNode body;

  /**
   * Made by the runtime, through {@code RuntimeAccess}.
   *
   * @param output a missing node when the answer has none
   * @param seed null when the answer has none
   * @param body the result answer as sent
   */
  InferenceResult(String requestId, JobStatus status, JsonNode output, List<MediaFile> media, Long seed,
      InferenceMetrics metrics, JsonNode body) {
    this.requestId = requestId;
    this.status = status;
    this.output = output;
    this.media = List.copyOf(media);
    this.seed = seed;
    this.metrics = metrics;
    this.body = body;
  }

  public String requestId() {
    return requestId;
  }

  public JobStatus status() {
    return status;
  }

  /** The model's output, such as a media URL or text; a missing node when the answer has none. */
  public JsonNode output() {
    return output;
  }

  /** The images or video the job made, in the answer's order; empty when it lists none. */
  public List<MediaFile> media() {
    return media;
  }

  /** The seed the job used. */
  public OptionalLong seed() {
    return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
  }

  /** The server's cost, credits and timings of the job. */
  public InferenceMetrics metrics() {
    return metrics;
  }

  /** The model's compute time; the same as {@code metrics().inferenceTime()}. */
  public Optional<Duration> inferenceTime() {
    return metrics.inferenceTime();
  }

  /** The whole result answer as sent. */
  public JsonNode body() {
    return body;
  }

  /** The output is left out: it may be large. */
  @Override
  public String toString() {
    return "InferenceResult{requestId=" + requestId + ", status=" + status + ", media=" + media.size()
        + (seed == null ? "" : ", seed=" + seed) + ", " + metrics + '}';
  }
}
