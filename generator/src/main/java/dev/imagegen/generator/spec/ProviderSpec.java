package dev.imagegen.generator.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A provider and the models it serves, read from {@code specs/<id>/provider.json} and its siblings.
 *
 * @param baseUrl the default base URL; clients can override it at run time
 * @param baseUrlEnv the environment variable that overrides the base URL in {@code fromEnv()}
 * @param responseCodes every documented HTTP status and its meaning, by status
 * @param responseHeaders the headers of a successful sync answer, when the spec names them
 * @param models in file-name order
 * @param location the provider file, with an empty pointer
 */
public record ProviderSpec(
    String id,
    String title,
    String baseUrl,
    Optional<String> baseUrlEnv,
    AuthSpec auth,
    SyncSpec sync,
    Optional<AsyncSpec> async,
    Map<Integer, String> responseCodes,
    Optional<ResponseHeadersSpec> responseHeaders,
    Optional<RateLimitSpec> rateLimit,
    Optional<String> note,
    List<ModelSpec> models,
    SpecLocation location) {

  public ProviderSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(baseUrlEnv, "baseUrlEnv");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(sync, "sync");
    Objects.requireNonNull(async, "async");
    responseCodes = Collections.unmodifiableMap(new TreeMap<>(responseCodes));
    Objects.requireNonNull(responseHeaders, "responseHeaders");
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(note, "note");
    models = List.copyOf(models);
    Objects.requireNonNull(location, "location");
  }

  /** The header of a successful sync answer that carries {@code header}, if the spec names one. */
  public Optional<String> responseHeader(ResponseHeader header) {
    return responseHeaders.flatMap(headers -> headers.name(header));
  }

  /** The model with id {@code modelId}, if this provider serves it. */
  public Optional<ModelSpec> model(String modelId) {
    return models.stream().filter(m -> m.id().equals(modelId)).findFirst();
  }
}
