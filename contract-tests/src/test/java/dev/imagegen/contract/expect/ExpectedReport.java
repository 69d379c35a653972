package dev.imagegen.contract.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.InferenceMetrics;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The oracle of what a v2 result reports besides its output: the seed and each metric, read from the
 * fields the spec's {@code async.result} names and from no others, so a field the spec does not name
 * reads as absent. Credits compare as numbers (the answer's {@code 5.00} may come back as {@code 5.0}),
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
    InferenceMetrics metrics = result.metrics();
    assertThat(plain(metrics.cost())).as("cost").isEqualTo(plain(expected(fields, sent, ResultMetric.COST)));
    assertThat(plain(metrics.remainingCredits())).as("remaining credits")
        .isEqualTo(plain(expected(fields, sent, ResultMetric.REMAINING_CREDITS)));
    assertThat(metrics.inferenceTime()).as("inference time").isEqualTo(seconds(expected(fields, sent, ResultMetric.INFERENCE_TIME)));
    assertThat(metrics.queueTime()).as("queue time").isEqualTo(seconds(expected(fields, sent, ResultMetric.QUEUE_TIME)));
    assertThat(metrics.totalTime()).as("total time").isEqualTo(seconds(expected(fields, sent, ResultMetric.TOTAL_TIME)));
    assertThat(metrics.retryCount()).as("retry count").isEqualTo(expected(fields, sent, ResultMetric.RETRY_COUNT)
        .map(count -> OptionalInt.of(count.intValueExact())).orElse(OptionalInt.empty()));
    assertThat(result.inferenceTime()).as("the result's inference time").isEqualTo(metrics.inferenceTime());
  }

  /** The value sent for {@code metric}, when the spec names both the metrics object and the metric's field. */
  private static Optional<BigDecimal> expected(ResultFieldsSpec fields, Map<ResultMetric, BigDecimal> sent, ResultMetric metric) {
    return fields.metricsField().flatMap(object -> fields.metric(metric)).map(field -> sent.get(metric));
  }

  private static Optional<String> plain(Optional<BigDecimal> credits) {
    return credits.map(value -> value.stripTrailingZeros().toPlainString());
  }

  private static Optional<Duration> seconds(Optional<BigDecimal> seconds) {
    return seconds.map(value -> Duration.ofNanos(value.movePointRight(9).longValueExact()));
  }
}
