package dev.imagegen.generator.load;

import static dev.imagegen.generator.load.JsonFields.list;
import static dev.imagegen.generator.load.JsonFields.optionalText;
import static dev.imagegen.generator.load.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.generator.spec.AsyncSpec;
import dev.imagegen.generator.spec.AuthSpec;
import dev.imagegen.generator.spec.CelerySpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.RateLimitSpec;
import dev.imagegen.generator.spec.ResponseHeader;
import dev.imagegen.generator.spec.ResponseHeadersSpec;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.StatusOutcome;
import dev.imagegen.generator.spec.SyncSpec;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Maps a schema-valid provider file to a {@link ProviderSpec} without models. Durations the schema
 * cannot check (ISO-8601, positive) are checked here, as they are read.
 */
final class ProviderReader {

  private final SpecFile file;
  private final ErrorCollector errors;
  private final int errorsBefore;

  private ProviderReader(SpecFile file, ErrorCollector errors) {
    this.file = file;
    this.errors = errors;
    this.errorsBefore = errors.count();
  }

  /** The provider, or empty when a field could not be converted (the reason is in {@code errors}). */
  static Optional<ProviderSpec> read(JsonNode root, SpecFile file, ErrorCollector errors) {
    return new ProviderReader(file, errors).read(root);
  }

  private Optional<ProviderSpec> read(JsonNode root) {
    JsonNode auth = root.get("auth");
    JsonNode sync = root.get("sync");
    Optional<AsyncSpec> async = Optional.ofNullable(root.get("async")).map(this::async);
    Map<Integer, String> responseCodes = new TreeMap<>();
    root.get("responseCodes").fields().forEachRemaining(c -> responseCodes.put(Integer.valueOf(c.getKey()), c.getValue().asText()));
    Optional<RateLimitSpec> rateLimit = Optional.ofNullable(root.get("rateLimit"))
        .map(r -> new RateLimitSpec(optionalText(r, "retryAfterHeader"), optionalText(r, "resetAtHeader"), optionalText(r, "note")));
    if (errors.count() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new ProviderSpec(
        text(root, "id"),
        text(root, "title"),
        text(root, "baseUrl"),
        optionalText(root, "baseUrlEnv"),
        new AuthSpec(text(auth, "header"), optionalText(auth, "scheme"), text(auth, "env")),
        new SyncSpec(text(sync, "path"), optionalText(sync, "note")),
        async,
        responseCodes,
        Optional.ofNullable(root.get("responseHeaders")).map(ProviderReader::responseHeaders),
        rateLimit,
        optionalText(root, "note"),
        List.of(),
        file.location()));
  }

  private AsyncSpec async(JsonNode async) {
    if (text(async, "protocol").equals(CelerySpec.PROTOCOL)) {
      return new CelerySpec(
          text(async, "flagParameter"), text(async, "taskIdField"), text(async, "statusPath"), optionalText(async, "note"));
    }
    Map<String, StatusOutcome> statuses = new LinkedHashMap<>();
    async.get("statuses").fields().forEachRemaining(
        s -> statuses.put(s.getKey(), StatusOutcome.valueOf(s.getValue().asText().toUpperCase(Locale.ROOT))));
    return new SegmindV2Spec(
        text(async, "submitPath"),
        text(async, "statusPath"),
        text(async, "resultPath"),
        statuses,
        async.get("failedHttpStatus").intValue(),
        async.get("notFoundHttpStatus").intValue(),
        Duration.ofSeconds(async.get("retentionSeconds").longValue()),
        duration(async, "pollInterval"),
        duration(async, "deadline"),
        Optional.ofNullable(async.get("result")).map(ProviderReader::result),
        optionalText(async, "note"));
  }

  private static ResponseHeadersSpec responseHeaders(JsonNode headers) {
    return new ResponseHeadersSpec(named(headers, ResponseHeader.values(), ResponseHeader::specName), optionalText(headers, "note"));
  }

  private static ResultFieldsSpec result(JsonNode result) {
    return new ResultFieldsSpec(
        optionalText(result, "outputField"),
        optionalText(result, "seedField"),
        list(result, "mediaFields", JsonNode::textValue),
        optionalText(result, "metricsField"),
        named(result.path("metrics"), ResultMetric.values(), ResultMetric::specName),
        optionalText(result, "note"));
  }

  /** The text of each field of {@code object} (an absent object has none) that names one of {@code keys}, in file order. */
  private static <K> Map<K, String> named(JsonNode object, K[] keys, Function<K, String> specName) {
    Map<K, String> found = new LinkedHashMap<>();
    object.fields().forEachRemaining(field -> Arrays.stream(keys)
        .filter(key -> specName.apply(key).equals(field.getKey()))
        .findFirst()
        .ifPresent(key -> found.put(key, field.getValue().textValue())));
    return found;
  }

  /**
   * The positive ISO-8601 duration in {@code field}. A wrong one is reported and replaced by a
   * placeholder that never leaves this class: {@link #read} then returns empty.
   */
  private Duration duration(JsonNode async, String field) {
    String text = text(async, field);
    try {
      Duration duration = Duration.parse(text);
      if (!duration.isNegative() && !duration.isZero()) {
        return duration;
      }
    } catch (DateTimeParseException e) {
      // Reported below, with the case of a duration that is not positive.
    }
    errors.add(file.at("/async/" + field), SpecValues.show(text) + " is not a positive ISO-8601 duration such as PT1S");
    return Duration.ofSeconds(1);
  }
}
