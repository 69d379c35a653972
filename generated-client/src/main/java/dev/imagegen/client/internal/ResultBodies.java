package dev.imagegen.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.InferenceMetrics;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.MediaFile;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Call;

/**
 * Reads the typed parts of v2 answers (output, media, seed, metrics) from the fields the provider spec
 * names. A field that is missing or of another type reads as absent: the answer is a report of work
 * done, and the whole of it stays reachable as JSON.
 */
final class ResultBodies {

  private final ResultFields fields;
  private final Call.Factory mediaHttp;

  /** @param mediaHttp downloads media; it sends no API key */
  ResultBodies(ResultFields fields, Call.Factory mediaHttp) {
    this.fields = fields;
    this.mediaHttp = mediaHttp;
  }

  InferenceResult result(String requestId, JobStatus status, JsonNode body) {
    return RuntimeAccess.inferenceResult(requestId, status, body.path(fields.output()), media(requestId, body),
        seed(body), metrics(body).orElseGet(ResultBodies::noMetrics), body);
  }

  /** The metrics of {@code body}; empty when it has no metrics object. */
  Optional<InferenceMetrics> metrics(JsonNode body) {
    Optional<JsonNode> metrics = fields.metrics().map(body::path).filter(JsonNode::isObject);
    return metrics.map(node -> RuntimeAccess.inferenceMetrics(
        decimal(node, fields.cost()).orElse(null),
        decimal(node, fields.remainingCredits()).orElse(null),
        seconds(node, fields.inferenceTime()),
        seconds(node, fields.queueTime()),
        seconds(node, fields.totalTime()),
        retryCount(node)));
  }

  private static InferenceMetrics noMetrics() {
    return RuntimeAccess.inferenceMetrics(null, null, null, null, null, null);
  }

  private List<MediaFile> media(String requestId, JsonNode body) {
    List<MediaFile> media = new ArrayList<>();
    for (String field : fields.media()) {
      JsonNode value = body.path(field);
      if (value.isArray()) {
        value.forEach(item -> mediaFile(requestId, item).ifPresent(media::add));
      } else {
        mediaFile(requestId, value).ifPresent(media::add);
      }
    }
    return media;
  }

  /** {@code {url, content_type, file_name, file_size}}; empty without a textual {@code url}. */
  private Optional<MediaFile> mediaFile(String requestId, JsonNode item) {
    JsonNode url = item.path("url");
    if (!url.isTextual()) {
      return Optional.empty();
    }
    Long size = WireNumbers.decimal(item.path("file_size")).flatMap(WireNumbers::wholeNumber).orElse(null);
    return Optional.of(RuntimeAccess.mediaFile(requestId, url.asText(), text(item, "content_type"), text(item, "file_name"),
        size, mediaHttp));
  }

  private Long seed(JsonNode body) {
    return decimal(body, fields.seed()).flatMap(WireNumbers::wholeNumber).orElse(null);
  }

  private Integer retryCount(JsonNode metrics) {
    return decimal(metrics, fields.retryCount()).flatMap(WireNumbers::wholeNumber)
        .filter(count -> count >= 0 && count <= Integer.MAX_VALUE).map(Long::intValue).orElse(null);
  }

  private static Optional<BigDecimal> decimal(JsonNode node, Optional<String> field) {
    return field.map(node::path).flatMap(WireNumbers::decimal);
  }

  private static Duration seconds(JsonNode node, Optional<String> field) {
    return decimal(node, field).flatMap(WireNumbers::seconds).orElse(null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }
}
