package dev.imagegen.generator.export.wiremock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.util.List;
import java.util.Locale;

/**
 * The catch-all stubs: a body that no valid stub accepted, a call without the provider's key, and
 * an unknown v2 request id. Each answers with the provider's own status code and a JSON
 * {@code {"error": ...}} carrying the spec's meaning of that code.
 */
final class ErrorStubs {

  private static final int BAD_REQUEST = 400;
  private static final int UNAUTHORIZED = 401;

  private ErrorStubs() {}

  /** A POST to {@code path} with the key but a body no valid stub of the path accepted: 400. */
  static Stub invalidBody(ProviderSpec provider, String path) {
    Mapping mapping = Mapping.of(provider.id() + ": " + path + " with an invalid body", Mapping.INVALID_BODY, "POST");
    mapping.request().put("urlPath", path);
    RequestPatterns.authorized(mapping.request(), provider);
    error(mapping, provider, BAD_REQUEST, "Bad Request");
    return mapping.toStub(provider.id() + "-" + slug(path) + "-invalid-body");
  }

  /** Any call to a path of {@code templates} without the key: 401. */
  static Stub unauthorized(ProviderSpec provider, List<String> templates) {
    Mapping mapping = Mapping.of(provider.id() + ": a call without the key", Mapping.UNAUTHORIZED, "ANY");
    mapping.request().put("urlPathPattern", RequestPatterns.pathRegex(templates));
    RequestPatterns.unauthorized(mapping.request(), provider);
    error(mapping, provider, UNAUTHORIZED, "Unauthorized");
    return mapping.toStub(provider.id() + "-unauthorized");
  }

  /** A status or result call for a request id that no submit returned: the spec's not-found status. */
  static Stub unknownRequest(ProviderSpec provider, SegmindV2Spec v2) {
    Mapping mapping = Mapping.of(provider.id() + ": v2 status or result of an unknown request id",
        Mapping.UNKNOWN_REQUEST, "GET");
    mapping.request().put("urlPathPattern", RequestPatterns.pathRegex(List.of(v2.statusPath(), v2.resultPath())));
    error(mapping, provider, v2.notFoundHttpStatus(), "Not Found");
    return mapping.toStub(provider.id() + "-unknown-request");
  }

  private static void error(Mapping mapping, ProviderSpec provider, int status, String fallback) {
    ObjectNode response = mapping.response();
    response.put("status", status);
    response.set("headers", RequestPatterns.jsonHeaders());
    response.putObject("jsonBody").put("error", provider.responseCodes().getOrDefault(status, fallback));
  }

  /** {@code /v1/sd1.5-img2img} → {@code v1-sd1-5-img2img}. */
  private static String slug(String path) {
    return path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
