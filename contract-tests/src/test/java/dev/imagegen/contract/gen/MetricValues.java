package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.imagegen.generator.spec.ResultMetric;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * Random values of the metrics a v2 answer reports, each of its kind: credits with up to four
 * decimals, times in seconds to the millisecond (up to ten minutes), the retry count whole (0 to 5).
 */
public final class MetricValues {

  private static final int MAX_RETRIES = 5;

  private MetricValues() {}

  /** A value of every metric. */
  public static Gen<Map<ResultMetric, BigDecimal>> all() {
    return random -> {
      Map<ResultMetric, BigDecimal> values = new EnumMap<>(ResultMetric.class);
      for (ResultMetric metric : ResultMetric.values()) {
        values.put(metric, of(metric).generate(random));
      }
      return values;
    };
  }

  /** Values of {@code metric}. */
  public static Gen<BigDecimal> of(ResultMetric metric) {
    return switch (metric) {
      case COST, REMAINING_CREDITS -> longs().between(0, 100_000_000).zip(integers().between(0, 4), BigDecimal::valueOf);
      case INFERENCE_TIME, QUEUE_TIME, TOTAL_TIME -> integers().between(0, 600_000).map(millis -> BigDecimal.valueOf(millis, 3));
      case RETRY_COUNT -> integers().between(0, MAX_RETRIES).map(count -> BigDecimal.valueOf(count));
    };
  }
}
