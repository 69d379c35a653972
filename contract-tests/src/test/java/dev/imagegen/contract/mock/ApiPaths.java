package dev.imagegen.contract.mock;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.export.SyncEndpoint;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.net.URI;

/**
 * Where a model's calls go on the mock: the provider's paths from its spec, below the path of its
 * default base URL (Qolaba's {@code /api/v1}), so that a client joining paths wrongly is caught.
 */
public record ApiPaths(String basePath, ModelUnderTest model) {

  /** The placeholder of the v2 status and result paths. */
  static final String REQUEST_ID = "{request_id}";

  public static ApiPaths of(ModelUnderTest model) {
    String path = URI.create(model.provider().baseUrl()).getPath();
    return new ApiPaths(path.endsWith("/") ? path.substring(0, path.length() - 1) : path, model);
  }

  public String sync() {
    return basePath + SyncEndpoint.modelPath(model.provider().sync().path(), model.model());
  }

  public String submit() {
    return basePath + SyncEndpoint.modelPath(v2().submitPath(), model.model());
  }

  /** The status path template, with {@value #REQUEST_ID}. */
  public String statusTemplate() {
    return basePath + v2().statusPath();
  }

  /** The result path template, with {@value #REQUEST_ID}. */
  public String resultTemplate() {
    return basePath + v2().resultPath();
  }

  /** How the client names a call in messages: {@code GET v2/requests/abc/status}, relative to its base URL. */
  public String callName(String method, String rawPath) {
    return method + " " + rawPath.substring(basePath.length() + 1);
  }

  private SegmindV2Spec v2() {
    return model.requireV2();
  }
}
