package dev.imagegen.client;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * What the server reports about one v2 job: its cost, the account's credits after it, and how long it
 * queued, ran and took in all. At Segmind these are the result's {@code metrics} object
 * ({@code cost}, {@code remaining_credits}, {@code inference_time}, {@code queue_time},
 * {@code total_time}, {@code retry_count}; docs.segmind.com, async inference); the provider spec's
 * {@code async.result} names the fields. Each is empty when the answer lacks it or it is not a number.
 */
public final class InferenceMetrics {

  private final BigDecimal cost;
  private final BigDecimal remainingCredits;
  private final Duration inferenceTime;
  private final Duration queueTime;
  private final Duration totalTime;
  private final Integer retryCount;

  /** Made by the runtime, through {@code RuntimeAccess}; each value is null when the server did not report it. */
  InferenceMetrics(BigDecimal cost, BigDecimal remainingCredits, Duration inferenceTime, Duration queueTime,
      Duration totalTime, Integer retryCount) {
    this.cost = cost;
    this.remainingCredits = remainingCredits;
    this.inferenceTime = inferenceTime;
    this.queueTime = queueTime;
    this.totalTime = totalTime;
    this.retryCount = retryCount;
  }

  /** What the job cost, in credits; credits may be fractional. */
  public Optional<BigDecimal> cost() {
    return Optional.ofNullable(cost);
  }

  /** The account's credit balance after the job, in credits. */
  public Optional<BigDecimal> remainingCredits() {
    return Optional.ofNullable(remainingCredits);
  }

  /** The model's compute time. */
  public Optional<Duration> inferenceTime() {
    return Optional.ofNullable(inferenceTime);
  }

  /** How long the job waited in the server's queue. */
  public Optional<Duration> queueTime() {
    return Optional.ofNullable(queueTime);
  }

  /** The job's time from submit to end at the server. */
  public Optional<Duration> totalTime() {
    return Optional.ofNullable(totalTime);
  }

  /** How often the server retried the job. */
  public OptionalInt retryCount() {
    return retryCount == null ? OptionalInt.empty() : OptionalInt.of(retryCount);
  }

  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "InferenceMetrics{", "}");
    add(text, "cost", cost == null ? null : cost.toPlainString());
    add(text, "remainingCredits", remainingCredits == null ? null : remainingCredits.toPlainString());
    add(text, "inferenceTime", inferenceTime);
    add(text, "queueTime", queueTime);
    add(text, "totalTime", totalTime);
    add(text, "retryCount", retryCount);
    return text.toString();
  }

  private static void add(StringJoiner text, String name, Object value) {
    if (value != null) {
      text.add(name + '=' + value);
    }
  }
}
