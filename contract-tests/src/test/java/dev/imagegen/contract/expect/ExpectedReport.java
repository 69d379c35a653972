package dev.imagegen.contract.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.InferenceMetrics;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.contract.gen.SentMetrics;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The oracle of what a v2 result reports besides its output, and of what a failure reports: the seed
 * and each metric, read from the fields the spec's {@code async.result} names and from no others, so a
 * field the spec does not name reads as absent; a failure has metrics only when its answer has the
 * metrics object. Credits compare as numbers (the answer's {@code 5.00} may come back as {@code 5.0}),
 * times in seconds as durations.
 */
public final class ExpectedReport {

  private ExpectedReport() {}

  /**
   * Checks the seed and metrics of {@code result}, whose answer sent {@code seed} and {@code sent} in the
   * fields {@code fields} names.
   */
  public static void verify(InferenceResult result, ResultFieldsSpec fields, long seed, Map<ResultMetric, BigDecimal> sent) {
    assertThat(result.seed()).as("seed").isEqualTo(fields.seedField().isPresent() ? OptionalLong.of(seed) : OptionalLong.empty());
    // The spec names both the metrics object and the metric's field, or the metric is not read.
    verify(result.metrics(), metric -> fields.metricsField().flatMap(object -> fields.metric(metric)).map(field -> sent.get(metric)));
    assertThat(result.inferenceTime()).as("the result's inference time").isEqualTo(result.metrics().inferenceTime());
  }

  /**
   * Checks the metrics of a failure whose answer sent {@code sent}: none when the answer had no metrics
   * object in the field the spec names (or the spec names none), else those of the object the spec declares.
   */
  public static void verifyFailure(InferenceFailedException failure, ResultFieldsSpec fields, SentMetrics sent) {
    if (fields.metricsField().isEmpty() || !sent.sent()) {
      assertThat(failure.metrics()).as("metrics of a failure whose answer has no metrics object").isEmpty();
      return;
    }
    assertThat(failure.metrics()).as("metrics of a failure whose answer has a metrics object").isPresent();
    verify(failure.metrics().get(), metric -> fields.metric(metric).flatMap(field -> sent.value(metric)));
  }

  /** Checks each metric of {@code metrics} against the value {@code expected} gives it, or its absence. */
  private static void verify(InferenceMetrics metrics, Function<ResultMetric, Optional<BigDecimal>> expected) {
    assertThat(plain(metrics.cost())).as("cost").isEqualTo(plain(expected.apply(ResultMetric.COST)));
    assertThat(plain(metrics.remainingCredits())).as("remaining credits")
        .isEqualTo(plain(expected.apply(ResultMetric.REMAINING_CREDITS)));
    assertThat(metrics.inferenceTime()).as("inference time").isEqualTo(seconds(expected.apply(ResultMetric.INFERENCE_TIME)));
    assertThat(metrics.queueTime()).as("queue time").isEqualTo(seconds(expected.apply(ResultMetric.QUEUE_TIME)));
    assertThat(metrics.totalTime()).as("total time").isEqualTo(seconds(expected.apply(ResultMetric.TOTAL_TIME)));
    assertThat(metrics.retryCount()).as("retry count").isEqualTo(expected.apply(ResultMetric.RETRY_COUNT)
        .map(count -> OptionalInt.of(count.intValueExact())).orElse(OptionalInt.empty()));
  }

  private static Optional<String> plain(Optional<BigDecimal> credits) {
    return credits.map(value -> value.stripTrailingZeros().toPlainString());
  }

  private static Optional<Duration> seconds(Optional<BigDecimal> seconds) {
    return seconds.map(value -> Duration.ofNanos(value.movePointRight(9).longValueExact()));
  }
}
