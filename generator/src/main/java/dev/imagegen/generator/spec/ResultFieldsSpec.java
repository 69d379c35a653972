package dev.imagegen.generator.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a v2 result answer keeps what the client reads, from the spec's {@code async.result}. A field
 * left out is not read, except the output, which is {@value #DEFAULT_OUTPUT_FIELD} then.
 *
 * @param outputField the field with the model's output, a URL or text, when the spec names it
 * @param seedField the field with the seed the job used
 * @param mediaFields the fields that may hold media, each an object {@code {url, content_type, file_name,
 *     file_size}} or a list of them; none repeated
 * @param metricsField the field with the metrics object, which holds the {@code metrics}
 * @param metrics the field of each metric the spec declares, in file order
 * @param note where the fields are documented
 */
public record ResultFieldsSpec(
    Optional<String> outputField,
    Optional<String> seedField,
    List<String> mediaFields,
    Optional<String> metricsField,
    Map<ResultMetric, String> metrics,
    Optional<String> note) {

  /** The output field of a result whose spec names none. */
  public static final String DEFAULT_OUTPUT_FIELD = "output";

  public ResultFieldsSpec {
    Objects.requireNonNull(outputField, "outputField");
    Objects.requireNonNull(seedField, "seedField");
    mediaFields = List.copyOf(mediaFields);
    Objects.requireNonNull(metricsField, "metricsField");
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    Objects.requireNonNull(note, "note");
  }

  /** The field with the model's output: the spec's {@code outputField}, else {@value #DEFAULT_OUTPUT_FIELD}. */
  public String output() {
    return outputField.orElse(DEFAULT_OUTPUT_FIELD);
  }

  /** The field of {@code metric} in the metrics object, if the spec declares one. */
  public Optional<String> metric(ResultMetric metric) {
    return Optional.ofNullable(metrics.get(metric));
  }
}
