package dev.imagegen.generator.fuzz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code provider.json} with hostile titles, notes, response-code meanings, header names and paths,
 * now and then the headers of a sync answer, and now and then a Segmind v2 (with or without result
 * fields, named by hostile text at times) or celery async block with statuses, durations and retention
 * at the edges.
 */
final class ProviderGenerator {

  private static final List<String> DURATIONS = List.of("PT1S", "PT0.001S", "PT0S", "PT10M", "PT1H", "PT2562047H", "PT9999999999999999999H", "PT1.5S", "PT");
  private static final List<String> RETENTIONS = List.of("1", "3600", "2147483647", "9223372036854775807", "9223372036854775808", "1E+3");
  private static final List<String> OUTCOMES = List.of("pending", "succeeded", "failed");
  /** Each field of {@code responseHeaders}, then the header names a provider would give it. */
  private static final List<List<String>> RESPONSE_HEADERS = List.of(
      List.of("requestId", "x-request-id", "X-Request-ID"), List.of("cost", "x-cost", "X-Cost"),
      List.of("remainingCredits", "x-remaining-credits", "X-Credits"), List.of("generationTime", "x-generation-time"),
      List.of("seed", "x-seed-value", "X-Seed"));
  /** Each field of {@code async.result.metrics}, then the field name a provider would give it. */
  private static final List<List<String>> METRICS = List.of(
      List.of("cost", "cost"), List.of("remainingCredits", "remaining_credits"), List.of("inferenceTime", "inference_time"),
      List.of("queueTime", "queue_time"), List.of("totalTime", "total_time"), List.of("retryCount", "retry_count"));
  private static final List<String> MEDIA_FIELDS = List.of("images", "video", "audio", "files");

  private final Draw draw;
  private final NastyText text;
  private final SpecNames names;

  ProviderGenerator(SetDraws draws) {
    this.draw = draws.draw();
    this.text = draws.text();
    this.names = draws.names();
  }

  /** A provider with the id {@code id}, which must be free in the set. */
  ProviderDraft provider(String id) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("$schema", "../spec.schema.json");
    json.put("kind", "provider");
    json.put("id", id);
    json.put("title", text.text());
    json.put("baseUrl", draw.pick(List.of("https://", "http://")) + (draw.chance(0.95) ? "api." + names.word() + ".example" : text.text()));
    if (draw.chance(0.5)) {
      json.put("baseUrlEnv", names.upperName());
    }
    ObjectNode auth = json.putObject("auth");
    auth.put("header", headerName("x-api-key", "Authorization"));
    if (draw.chance(0.4)) {
      auth.put("scheme", headerName("Bearer", "Token"));
    }
    auth.put("env", names.upperName());
    boolean syncPathHasModel = draw.chance(0.7);
    ObjectNode sync = json.putObject("sync");
    sync.put("path", path(syncPathHasModel ? "model" : null));
    optionalNote(sync);
    boolean hasAsync = draw.chance(0.5);
    if (hasAsync) {
      json.set("async", draw.chance(0.7) ? segmindV2() : celery());
    }
    ObjectNode codes = json.putObject("responseCodes");
    int count = draw.between(1, 6);
    for (int i = 0; i < count; i++) {
      codes.put(Integer.toString(draw.between(100, 599)), text.text());
    }
    if (draw.chance(0.4)) {
      json.set("responseHeaders", responseHeaders());
    }
    if (draw.chance(0.3)) {
      ObjectNode rateLimit = json.putObject("rateLimit");
      rateLimit.put("retryAfterHeader", headerName("Retry-After", "retry-after"));
      rateLimit.put("resetAtHeader", headerName("x-rate-limit-reset-at-utc", "X-Reset"));
      optionalNote(rateLimit);
    }
    optionalNote(json);
    return new ProviderDraft(id, json, hasAsync, syncPathHasModel, draw.chance(0.3));
  }

  /**
   * A header name or auth scheme: mostly a valid token (one of {@code usual}, or a made-up one), now and
   * then hostile text, which the loader must refuse with one clean line.
   */
  private String headerName(String... usual) {
    if (draw.chance(0.05)) {
      return text.text();
    }
    return draw.chance(0.5) ? draw.pick(List.of(usual)) : "x-" + names.word();
  }

  /** Some of the headers of a sync answer; now and then two share a name, which the loader must refuse. */
  private ObjectNode responseHeaders() {
    ObjectNode headers = JsonNodeFactory.instance.objectNode();
    List<String> declared = new ArrayList<>();
    for (List<String> header : RESPONSE_HEADERS) {
      if (draw.chance(0.6)) {
        headers.put(header.get(0), headerName(header.subList(1, header.size()).toArray(String[]::new)));
        declared.add(header.get(0));
      }
    }
    if (declared.size() > 1 && draw.chance(0.05)) {
      // The same header in another case: HTTP header names ignore case.
      headers.put(declared.get(declared.size() - 1), headers.get(declared.get(0)).textValue().toUpperCase(Locale.ROOT));
    }
    optionalNote(headers);
    return headers;
  }

  /** A path template that starts with {@code /} and holds {@code {placeholder}} once, or none when null. */
  private String path(String placeholder) {
    String prefix = "/" + (draw.chance(0.8) ? names.word() : text.withoutBraces());
    String suffix = draw.chance(0.8) ? "" : "/" + text.withoutBraces();
    return placeholder == null ? prefix + suffix : prefix + "/{" + placeholder + "}" + suffix;
  }

  private ObjectNode segmindV2() {
    ObjectNode async = JsonNodeFactory.instance.objectNode();
    async.put("protocol", "segmind-v2");
    async.put("submitPath", path("model"));
    async.put("statusPath", path("request_id"));
    async.put("resultPath", path("request_id"));
    ObjectNode statuses = async.putObject("statuses");
    OUTCOMES.forEach(outcome -> statuses.put(names.upperName(), outcome));
    int extra = draw.between(0, 3);
    for (int i = 0; i < extra; i++) {
      statuses.put(names.upperName(), draw.pick(OUTCOMES));
    }
    async.put("failedHttpStatus", draw.between(400, 599));
    async.put("notFoundHttpStatus", draw.between(400, 599));
    async.putRawValue("retentionSeconds", new RawValue(draw.pick(RETENTIONS)));
    boolean edgeDurations = draw.chance(0.2);
    async.put("pollInterval", edgeDurations ? draw.pick(DURATIONS) : "PT1S");
    async.put("deadline", edgeDurations ? draw.pick(DURATIONS) : "PT10M");
    if (draw.chance(0.5)) {
      async.set("result", result());
    }
    optionalNote(async);
    return async;
  }

  /**
   * Where a result keeps what the client reads: any of the fields, named as a provider would or by
   * hostile text; now and then metrics without their object, or a media field twice, which the loader
   * must refuse.
   */
  private ObjectNode result() {
    ObjectNode result = JsonNodeFactory.instance.objectNode();
    if (draw.chance(0.5)) {
      result.put("outputField", fieldName("output"));
    }
    if (draw.chance(0.5)) {
      result.put("seedField", fieldName("seed"));
    }
    if (draw.chance(0.5)) {
      ArrayNode media = result.putArray("mediaFields");
      MEDIA_FIELDS.stream().filter(field -> draw.chance(0.4)).forEach(field -> media.add(fieldName(field)));
      if (!media.isEmpty() && draw.chance(0.05)) {
        media.add(media.get(0).textValue());
      }
    }
    if (draw.chance(0.5)) {
      if (draw.chance(0.95)) {
        result.put("metricsField", fieldName("metrics"));
      }
      ObjectNode metrics = result.putObject("metrics");
      METRICS.stream().filter(metric -> draw.chance(0.5)).forEach(metric -> metrics.put(metric.get(0), fieldName(metric.get(1))));
    }
    optionalNote(result);
    return result;
  }

  /** A field of a JSON answer: mostly {@code usual}, else hostile text, which a generated string literal must hold exactly. */
  private String fieldName(String usual) {
    return draw.chance(0.7) ? usual : text.text();
  }

  private ObjectNode celery() {
    ObjectNode async = JsonNodeFactory.instance.objectNode();
    async.put("protocol", "celery");
    async.put("flagParameter", draw.chance(0.5) ? names.parameterName() : text.text());
    async.put("taskIdField", draw.chance(0.5) ? "task_id" : text.text());
    async.put("statusPath", path("task_id"));
    optionalNote(async);
    return async;
  }

  private void optionalNote(ObjectNode json) {
    if (draw.chance(0.3)) {
      json.put("note", text.text());
    }
  }
}
