package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The metrics object an answer that ends a job in failure carries, in the field the spec's
 * {@code async.result} names: none, or a random subset of the metrics the spec declares with random
 * values of their kinds, beside metrics under names the spec does not declare (Segmind's or the test
 * provider's names), which the client must not read.
 *
 * @param sent whether the answer has the metrics object at all
 * @param declared the declared metrics sent, under the spec's names
 * @param undeclared metrics sent under names the spec does not declare
 */
public record SentMetrics(boolean sent, Map<ResultMetric, BigDecimal> declared, Map<String, BigDecimal> undeclared) {

  /** No metrics object. */
  public static final SentMetrics NONE = new SentMetrics(false, Map.of(), Map.of());

  /** Names metrics go by at some provider; those a spec does not declare are decoys for it. */
  private static final List<String> OTHER_NAMES = List.of("cost", "remaining_credits", "inference_time", "queue_time",
      "total_time", "retry_count", "credits_spent", "credits_left", "compute_seconds", "gpu_seconds");

  public SentMetrics {
    Map<ResultMetric, BigDecimal> copy = new EnumMap<>(ResultMetric.class);
    copy.putAll(declared);
    declared = Collections.unmodifiableMap(copy);
    undeclared = Collections.unmodifiableMap(new LinkedHashMap<>(undeclared));
  }

  /** Metrics objects of {@code model}'s spec; only {@link #NONE} when it names no metrics field. */
  public static Gen<SentMetrics> of(ModelUnderTest model) {
    ResultFieldsSpec fields = Replies.resultFields(model.requireV2());
    if (fields.metricsField().isEmpty()) {
      return Generate.constant(NONE);
    }
    Set<String> declaredNames = Set.copyOf(fields.metrics().values());
    List<String> decoys = OTHER_NAMES.stream().filter(name -> !declaredNames.contains(name)).toList();
    Gen<Map<ResultMetric, BigDecimal>> subsets = MetricValues.all().zip(lists().of(Generate.booleans()).ofSize(
        ResultMetric.values().length), (values, kept) -> {
          Map<ResultMetric, BigDecimal> subset = new EnumMap<>(ResultMetric.class);
          fields.metrics().keySet().stream().filter(metric -> kept.get(metric.ordinal()))
              .forEach(metric -> subset.put(metric, values.get(metric)));
          return subset;
        });
    Gen<Map<String, BigDecimal>> others = decoys.isEmpty() ? Generate.constant(Map.of())
        : lists().of(Generate.pick(decoys).zip(MetricValues.of(ResultMetric.COST), Pair::of)).ofSizeBetween(0, 2).map(pairs -> {
          Map<String, BigDecimal> sent = new LinkedHashMap<>();
          pairs.forEach(pair -> sent.put(pair._1, pair._2));
          return sent;
        });
    Gen<SentMetrics> objects = subsets.zip(others, (subset, decoyValues) -> new SentMetrics(true, subset, decoyValues));
    return Generate.frequency(Pair.of(1, Generate.constant(NONE)), Pair.of(4, objects));
  }

  /** The metrics object as sent, when there is one. */
  public Optional<ObjectNode> json(ResultFieldsSpec fields) {
    if (!sent) {
      return Optional.empty();
    }
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    declared.forEach((metric, value) -> object.put(fields.metric(metric).orElseThrow(), value));
    undeclared.forEach(object::put);
    return Optional.of(object);
  }

  /** The value sent for a declared {@code metric}; empty when it was left out. */
  public Optional<BigDecimal> value(ResultMetric metric) {
    return Optional.ofNullable(declared.get(metric));
  }

  @Override
  public String toString() {
    return sent ? "metrics " + declared + (undeclared.isEmpty() ? "" : " and undeclared " + undeclared) : "no metrics object";
  }
}
