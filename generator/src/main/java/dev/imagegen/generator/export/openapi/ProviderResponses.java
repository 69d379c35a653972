package dev.imagegen.generator.export.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.RateLimitSpec;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code responses} of an operation: every status code the provider documents, with its
 * meaning from the spec, in ascending order. An operation gives its own response for the codes it
 * knows more about (its 200 body, a 404 of an expired job); a documented 429 carries the
 * rate-limit headers.
 */
final class ProviderResponses {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int TOO_MANY_REQUESTS = 429;

  private ProviderResponses() {}

  /** Every documented code, with {@code specific} responses in place of the plain ones. */
  static ObjectNode of(ProviderSpec provider, Map<Integer, ObjectNode> specific) {
    Map<Integer, ObjectNode> byCode = new TreeMap<>();
    provider.responseCodes().forEach((code, meaning) -> byCode.put(code, described(meaning)));
    provider.rateLimit().ifPresent(limit -> {
      ObjectNode tooMany = byCode.get(TOO_MANY_REQUESTS);
      if (tooMany != null) {
        tooMany.set("headers", rateLimitHeaders(limit));
      }
    });
    byCode.putAll(specific);
    ObjectNode responses = NODES.objectNode();
    byCode.forEach((code, response) -> responses.set(Integer.toString(code), response));
    return responses;
  }

  /** The spec's meaning of {@code code}, or {@code fallback} when the provider does not document it. */
  static String meaning(ProviderSpec provider, int code, String fallback) {
    return provider.responseCodes().getOrDefault(code, fallback);
  }

  static ObjectNode described(String description) {
    ObjectNode response = NODES.objectNode();
    response.put("description", description);
    return response;
  }

  /** A response header of type {@code type}. */
  static ObjectNode header(String description, String type) {
    ObjectNode header = NODES.objectNode();
    header.put("description", description);
    header.putObject("schema").put("type", type);
    return header;
  }

  private static ObjectNode rateLimitHeaders(RateLimitSpec limit) {
    ObjectNode headers = NODES.objectNode();
    limit.retryAfterHeader().ifPresent(name ->
        headers.set(name, header("Seconds to wait before retrying, or an HTTP date.", "string")));
    limit.resetAtHeader().ifPresent(name ->
        headers.set(name, header("The UTC instant at which the rate limit resets.", "string")));
    return headers;
  }
}
